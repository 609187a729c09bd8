; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [332 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048, latent_dim: 0, rope_dim: 0}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 3135591782550834373, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000, i32 0, i32 0, i32 0 }, align 8
@prefill_d80_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @prefill_d80_info_data, ptr @prefill_d80_tile, i32 128, i32 1, i32 16, i32 256, i32 32, i32 80, ptr null }, align 8

; Function Attrs: nounwind
define internal void @prefill_d80_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [5 x <16 x float>], align 64
  %ot = alloca [40960 x i8], align 64
  %st = alloca [12288 x i8], align 64
  %vbuf = alloca [26880 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [40960 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 65536
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 320
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow114, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %66, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 128
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %hq = add i32 %kv_head, %h
  %32 = sext i32 %qi to i64
  %33 = add i64 %q_row0, %32
  %34 = mul i64 %33, 32
  %35 = sext i32 %hq to i64
  %orow = add i64 %34, %35
  %36 = mul i64 %orow, 320
  %37 = getelementptr i8, ptr %q, i64 %36
  %38 = select i1 %27, float 0x3FC4A56B80000000, float 0.000000e+00
  %39 = insertelement <16 x float> poison, float %38, i32 0
  %splat = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %46, %body2 ]
  %40 = icmp slt i64 %chunk5, 5
  br i1 %40, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %41 = mul i64 %chunk5, 64
  %42 = getelementptr i8, ptr %37, i64 %41
  %43 = load <16 x float>, ptr %42, align 4
  %44 = fmul <16 x float> %43, %splat
  %45 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %44, ptr %45, align 64
  %46 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %47 = sext i32 %qrow1 to i64
  %48 = getelementptr i32, ptr %lims, i64 %47
  %49 = add i32 %q_pos0, %qi
  %50 = add i32 %49, 1
  %51 = call i32 @llvm.smin.i32(i32 %50, i32 %k_end)
  store i32 %51, ptr %48, align 4
  %52 = sdiv i32 %qrow1, 32
  %53 = sext i32 %52 to i64
  %54 = mul i64 %53, 2560
  %55 = getelementptr i32, ptr %qt, i64 %54
  %56 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %65, %body6 ]
  %57 = icmp slt i32 %qcol9, 80
  br i1 %57, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %58 = sext i32 %qcol9 to i64
  %59 = getelementptr i32, ptr %rowbuf, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = sext i32 %56 to i64
  %62 = mul i64 %58, 32
  %63 = add i64 %62, %61
  %64 = getelementptr i32, ptr %55, i64 %63
  store float %60, ptr %64, align 4
  %65 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %66 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %71, %body10 ], [ 0, %qrow ]
  %67 = icmp slt i32 %otzero13, 640
  br i1 %67, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %68 = sext i32 %otzero13 to i64
  %69 = mul i64 %68, 16
  %70 = getelementptr i32, ptr %ot, i64 %69
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %72 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = sub i32 %nrows, 1
  %87 = sdiv i32 %86, %nh
  %88 = add i32 %q_begin, %87
  %89 = add i32 %q_pos0, %88
  %90 = add i32 %89, 1
  %91 = call i32 @llvm.smin.i32(i32 %90, i32 %k_end)
  %k_last = sub i32 %91, 1
  br label %ktile

ktile:                                            ; preds = %exit28, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %195, %exit28 ]
  %92 = icmp slt i32 %ktile17, %91
  br i1 %92, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %93 = sub i32 %91, %ktile17
  %94 = call i32 @llvm.smin.i32(i32 84, i32 %93)
  %95 = add i32 %94, 11
  %96 = sdiv i32 %95, 12
  %97 = mul i32 %96, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %98 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %98, ptr %ms, align 64
  %99 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %99, ptr %ls, align 64
  %100 = getelementptr float, ptr %ms, i64 16
  %101 = load <16 x float>, ptr %72, align 64
  store <16 x float> %101, ptr %100, align 64
  %102 = getelementptr float, ptr %ls, i64 16
  %103 = load <16 x float>, ptr %73, align 64
  store <16 x float> %103, ptr %102, align 64
  %104 = getelementptr float, ptr %ms, i64 32
  %105 = load <16 x float>, ptr %74, align 64
  store <16 x float> %105, ptr %104, align 64
  %106 = getelementptr float, ptr %ls, i64 32
  %107 = load <16 x float>, ptr %75, align 64
  store <16 x float> %107, ptr %106, align 64
  %108 = getelementptr float, ptr %ms, i64 48
  %109 = load <16 x float>, ptr %76, align 64
  store <16 x float> %109, ptr %108, align 64
  %110 = getelementptr float, ptr %ls, i64 48
  %111 = load <16 x float>, ptr %77, align 64
  store <16 x float> %111, ptr %110, align 64
  %112 = getelementptr float, ptr %ms, i64 64
  %113 = load <16 x float>, ptr %78, align 64
  store <16 x float> %113, ptr %112, align 64
  %114 = getelementptr float, ptr %ls, i64 64
  %115 = load <16 x float>, ptr %79, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ms, i64 80
  %117 = load <16 x float>, ptr %80, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ls, i64 80
  %119 = load <16 x float>, ptr %81, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ms, i64 96
  %121 = load <16 x float>, ptr %82, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ls, i64 96
  %123 = load <16 x float>, ptr %83, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ms, i64 112
  %125 = load <16 x float>, ptr %84, align 64
  store <16 x float> %125, ptr %124, align 64
  %126 = getelementptr float, ptr %ls, i64 112
  %127 = load <16 x float>, ptr %85, align 64
  store <16 x float> %127, ptr %126, align 64
  br label %orow114

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %154, %body18 ]
  %128 = icmp slt i32 %kpack21, %97
  br i1 %128, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %129 = add i32 %ktile17, %kpack21
  %130 = call i32 @llvm.smin.i32(i32 %129, i32 %k_last)
  %131 = sext i32 %130 to i64
  %132 = mul i64 %131, 10240
  %133 = getelementptr i8, ptr %22, i64 %132
  %134 = load <16 x float>, ptr %133, align 4
  %135 = sext i32 %kpack21 to i64
  %136 = mul i64 %135, 80
  %137 = getelementptr i32, ptr %kbuf, i64 %136
  store <16 x float> %134, ptr %137, align 64
  %138 = getelementptr i8, ptr %133, i64 64
  %139 = load <16 x float>, ptr %138, align 4
  %140 = add i64 %136, 16
  %141 = getelementptr i32, ptr %kbuf, i64 %140
  store <16 x float> %139, ptr %141, align 64
  %142 = getelementptr i8, ptr %133, i64 128
  %143 = load <16 x float>, ptr %142, align 4
  %144 = add i64 %136, 32
  %145 = getelementptr i32, ptr %kbuf, i64 %144
  store <16 x float> %143, ptr %145, align 64
  %146 = getelementptr i8, ptr %133, i64 192
  %147 = load <16 x float>, ptr %146, align 4
  %148 = add i64 %136, 48
  %149 = getelementptr i32, ptr %kbuf, i64 %148
  store <16 x float> %147, ptr %149, align 64
  %150 = getelementptr i8, ptr %133, i64 256
  %151 = load <16 x float>, ptr %150, align 4
  %152 = add i64 %136, 64
  %153 = getelementptr i32, ptr %kbuf, i64 %152
  store <16 x float> %151, ptr %153, align 64
  %154 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body22
  %vpack25 = phi i32 [ %180, %body22 ], [ 0, %kpack ]
  %155 = icmp slt i32 %vpack25, %94
  br i1 %155, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %156 = add i32 %ktile17, %vpack25
  %157 = sext i32 %156 to i64
  %158 = mul i64 %157, 10240
  %159 = getelementptr i8, ptr %24, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = sext i32 %vpack25 to i64
  %162 = mul i64 %161, 80
  %163 = getelementptr i32, ptr %vbuf, i64 %162
  store <16 x float> %160, ptr %163, align 64
  %164 = getelementptr i8, ptr %159, i64 64
  %165 = load <16 x float>, ptr %164, align 4
  %166 = add i64 %162, 16
  %167 = getelementptr i32, ptr %vbuf, i64 %166
  store <16 x float> %165, ptr %167, align 64
  %168 = getelementptr i8, ptr %159, i64 128
  %169 = load <16 x float>, ptr %168, align 4
  %170 = add i64 %162, 32
  %171 = getelementptr i32, ptr %vbuf, i64 %170
  store <16 x float> %169, ptr %171, align 64
  %172 = getelementptr i8, ptr %159, i64 192
  %173 = load <16 x float>, ptr %172, align 4
  %174 = add i64 %162, 48
  %175 = getelementptr i32, ptr %vbuf, i64 %174
  store <16 x float> %173, ptr %175, align 64
  %176 = getelementptr i8, ptr %159, i64 256
  %177 = load <16 x float>, ptr %176, align 4
  %178 = add i64 %162, 64
  %179 = getelementptr i32, ptr %vbuf, i64 %178
  store <16 x float> %177, ptr %179, align 64
  %180 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %181 = add i32 %nrows, 31
  %nblk = sdiv i32 %181, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock29 = phi i32 [ 0, %exit24 ], [ %206, %join ]
  %182 = icmp slt i32 %rblock29, %nblk
  br i1 %182, label %body26, label %exit28

body26:                                           ; preds = %rblock
  %183 = sext i32 %rblock29 to i64
  %184 = mul i32 %rblock29, 32
  %185 = add i32 %184, 31
  %186 = call i32 @llvm.smin.i32(i32 %185, i32 %86)
  %187 = sdiv i32 %186, %nh
  %188 = add i32 %q_begin, %187
  %189 = add i32 %q_pos0, %188
  %190 = add i32 %189, 1
  %191 = call i32 @llvm.smin.i32(i32 %190, i32 %k_end)
  %192 = sub i32 %191, %ktile17
  %193 = call i32 @llvm.smin.i32(i32 %94, i32 %192)
  %194 = icmp sgt i32 %193, 0
  br i1 %194, label %rvisit, label %join

exit28:                                           ; preds = %rblock
  %195 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body26
  %196 = mul i64 %183, 2560
  %197 = getelementptr i32, ptr %qt, i64 %196
  %198 = getelementptr i32, ptr %ot, i64 %196
  %199 = mul i64 %183, 2
  %200 = getelementptr <16 x float>, ptr %mv, i64 %199
  %201 = getelementptr <16 x float>, ptr %lv, i64 %199
  %202 = mul i64 %183, 32
  %203 = getelementptr i32, ptr %lims, i64 %202
  %limv = load <16 x i32>, ptr %203, align 64
  %204 = add i64 %202, 16
  %205 = getelementptr i32, ptr %lims, i64 %204
  %limv30 = load <16 x i32>, ptr %205, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body26
  %206 = add nsw i32 %rblock29, 1
  br label %rblock

sblock:                                           ; preds = %exit37, %rvisit
  %sblock34 = phi i32 [ 0, %rvisit ], [ %290, %exit37 ]
  %207 = icmp slt i32 %sblock34, %193
  br i1 %207, label %body31, label %smask

body31:                                           ; preds = %sblock
  %208 = sext i32 %sblock34 to i64
  %209 = mul i64 %208, 80
  %210 = getelementptr i32, ptr %kbuf, i64 %209
  br label %sdim

sdim:                                             ; preds = %body35, %body31
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %263, %body35 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %262, %body35 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %259, %body35 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %258, %body35 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %255, %body35 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %254, %body35 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %251, %body35 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %250, %body35 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %247, %body35 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %246, %body35 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %243, %body35 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %242, %body35 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %239, %body35 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %238, %body35 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %235, %body35 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %234, %body35 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %231, %body35 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %230, %body35 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %227, %body35 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %226, %body35 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %223, %body35 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %222, %body35 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %219, %body35 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %218, %body35 ]
  %sdim38 = phi i32 [ 0, %body31 ], [ %264, %body35 ]
  %211 = icmp slt i32 %sdim38, 80
  br i1 %211, label %body35, label %exit37

body35:                                           ; preds = %sdim
  %212 = sext i32 %sdim38 to i64
  %213 = mul i64 %212, 32
  %214 = getelementptr i32, ptr %197, i64 %213
  %qt39 = load <16 x float>, ptr %214, align 64
  %215 = getelementptr i32, ptr %214, i64 16
  %qt40 = load <16 x float>, ptr %215, align 64
  %216 = getelementptr i32, ptr %210, i64 %212
  %k = load float, ptr %216, align 4
  %217 = insertelement <16 x float> poison, float %k, i32 0
  %splat41 = shufflevector <16 x float> %217, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat41, <16 x float> %sacc.sroa.0.0)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat41, <16 x float> %sacc.sroa.4.0)
  %220 = getelementptr i32, ptr %216, i64 80
  %k42 = load float, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %k42, i32 0
  %splat43 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat43, <16 x float> %sacc.sroa.8.0)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat43, <16 x float> %sacc.sroa.12.0)
  %224 = getelementptr i32, ptr %216, i64 160
  %k44 = load float, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %k44, i32 0
  %splat45 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat45, <16 x float> %sacc.sroa.16.0)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat45, <16 x float> %sacc.sroa.20.0)
  %228 = getelementptr i32, ptr %216, i64 240
  %k46 = load float, ptr %228, align 4
  %229 = insertelement <16 x float> poison, float %k46, i32 0
  %splat47 = shufflevector <16 x float> %229, <16 x float> poison, <16 x i32> zeroinitializer
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat47, <16 x float> %sacc.sroa.24.0)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat47, <16 x float> %sacc.sroa.28.0)
  %232 = getelementptr i32, ptr %216, i64 320
  %k48 = load float, ptr %232, align 4
  %233 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat49, <16 x float> %sacc.sroa.32.0)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat49, <16 x float> %sacc.sroa.36.0)
  %236 = getelementptr i32, ptr %216, i64 400
  %k50 = load float, ptr %236, align 4
  %237 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat51, <16 x float> %sacc.sroa.40.0)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat51, <16 x float> %sacc.sroa.44.0)
  %240 = getelementptr i32, ptr %216, i64 480
  %k52 = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat53, <16 x float> %sacc.sroa.48.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat53, <16 x float> %sacc.sroa.52.0)
  %244 = getelementptr i32, ptr %216, i64 560
  %k54 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat55, <16 x float> %sacc.sroa.56.0)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat55, <16 x float> %sacc.sroa.60.0)
  %248 = getelementptr i32, ptr %216, i64 640
  %k56 = load float, ptr %248, align 4
  %249 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat57, <16 x float> %sacc.sroa.64.0)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat57, <16 x float> %sacc.sroa.68.0)
  %252 = getelementptr i32, ptr %216, i64 720
  %k58 = load float, ptr %252, align 4
  %253 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat59, <16 x float> %sacc.sroa.72.0)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat59, <16 x float> %sacc.sroa.76.0)
  %256 = getelementptr i32, ptr %216, i64 800
  %k60 = load float, ptr %256, align 4
  %257 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %257, <16 x float> poison, <16 x i32> zeroinitializer
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat61, <16 x float> %sacc.sroa.80.0)
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat61, <16 x float> %sacc.sroa.84.0)
  %260 = getelementptr i32, ptr %216, i64 880
  %k62 = load float, ptr %260, align 4
  %261 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %261, <16 x float> poison, <16 x i32> zeroinitializer
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat63, <16 x float> %sacc.sroa.88.0)
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat63, <16 x float> %sacc.sroa.92.0)
  %264 = add nsw i32 %sdim38, 1
  br label %sdim

exit37:                                           ; preds = %sdim
  %265 = mul i64 %208, 32
  %266 = getelementptr i32, ptr %st, i64 %265
  store <16 x float> %sacc.sroa.0.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %266, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %266, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %266, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %266, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %266, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %266, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %266, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %266, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %266, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %266, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %266, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %266, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %266, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %266, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %266, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %281, align 64
  %282 = getelementptr i32, ptr %266, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %282, align 64
  %283 = getelementptr i32, ptr %266, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %283, align 64
  %284 = getelementptr i32, ptr %266, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %284, align 64
  %285 = getelementptr i32, ptr %266, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %285, align 64
  %286 = getelementptr i32, ptr %266, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %286, align 64
  %287 = getelementptr i32, ptr %266, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %287, align 64
  %288 = getelementptr i32, ptr %266, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %288, align 64
  %289 = getelementptr i32, ptr %266, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %289, align 64
  %290 = add nsw i32 %sblock34, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body64
  %tmax.sroa.4.0 = phi <16 x float> [ %304, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %299, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask67 = phi i32 [ %305, %body64 ], [ 0, %sblock ]
  %291 = icmp slt i32 %smask67, %193
  br i1 %291, label %body64, label %exit66

body64:                                           ; preds = %smask
  %292 = add i32 %ktile17, %smask67
  %293 = insertelement <16 x i32> poison, i32 %292, i32 0
  %splat68 = shufflevector <16 x i32> %293, <16 x i32> poison, <16 x i32> zeroinitializer
  %294 = sext i32 %smask67 to i64
  %295 = mul i64 %294, 32
  %296 = getelementptr i32, ptr %st, i64 %295
  %s = load <16 x float>, ptr %296, align 64
  %297 = icmp slt <16 x i32> %splat68, %limv
  %298 = select <16 x i1> %297, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %298, ptr %296, align 64
  %299 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %298)
  %300 = add i64 %295, 16
  %301 = getelementptr i32, ptr %st, i64 %300
  %s69 = load <16 x float>, ptr %301, align 64
  %302 = icmp slt <16 x i32> %splat68, %limv30
  %303 = select <16 x i1> %302, <16 x float> %s69, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %303, ptr %301, align 64
  %304 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %303)
  %305 = add nsw i32 %smask67, 1
  br label %smask

exit66:                                           ; preds = %smask
  %m = load <16 x float>, ptr %200, align 64
  %306 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %307 = fcmp oeq <16 x float> %306, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse70 = select <16 x i1> %307, <16 x float> zeroinitializer, <16 x float> %306
  %308 = fsub <16 x float> %m, %muse70
  %309 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %308, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %310 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %309, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %311 = fadd <16 x float> %310, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %311, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %310, %n
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %312, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %313, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %314, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %315, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %318 = fptosi <16 x float> %n to <16 x i32>
  %319 = add <16 x i32> %318, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %320 = shl <16 x i32> %319, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %321 = bitcast <16 x i32> %320 to <16 x float>
  %exp2 = fmul <16 x float> %317, %321
  store <16 x float> %306, ptr %200, align 64
  %322 = getelementptr <16 x float>, ptr %200, i64 1
  %m71 = load <16 x float>, ptr %322, align 64
  %323 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m71, <16 x float> %tmax.sroa.4.0)
  %324 = fcmp oeq <16 x float> %323, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse72 = select <16 x i1> %324, <16 x float> zeroinitializer, <16 x float> %323
  %325 = fsub <16 x float> %m71, %muse72
  %326 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %325, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %327 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %326, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %328 = fadd <16 x float> %327, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %328, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %327, %n73
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %329, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %330, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %335 = fptosi <16 x float> %n73 to <16 x i32>
  %336 = add <16 x i32> %335, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %337 = shl <16 x i32> %336, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %338 = bitcast <16 x i32> %337 to <16 x float>
  %exp275 = fmul <16 x float> %334, %338
  store <16 x float> %323, ptr %322, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit66
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %376, %body76 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %358, %body76 ]
  %sexp79 = phi i32 [ 0, %exit66 ], [ %377, %body76 ]
  %339 = icmp slt i32 %sexp79, %193
  br i1 %339, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %340 = sext i32 %sexp79 to i64
  %341 = mul i64 %340, 32
  %342 = getelementptr i32, ptr %st, i64 %341
  %343 = load <16 x float>, ptr %342, align 64
  %344 = fsub <16 x float> %343, %muse70
  %345 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %344, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %346 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %345, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %347 = fadd <16 x float> %346, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %347, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %346, %n80
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %348, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %349, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %350, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %351, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %352, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %354 = fptosi <16 x float> %n80 to <16 x i32>
  %355 = add <16 x i32> %354, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %356 = shl <16 x i32> %355, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %357 = bitcast <16 x i32> %356 to <16 x float>
  %exp282 = fmul <16 x float> %353, %357
  store <16 x float> %exp282, ptr %342, align 64
  %358 = fadd <16 x float> %lsum.sroa.0.0, %exp282
  %359 = add i64 %341, 16
  %360 = getelementptr i32, ptr %st, i64 %359
  %361 = load <16 x float>, ptr %360, align 64
  %362 = fsub <16 x float> %361, %muse72
  %363 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %362, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %364 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %363, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %365 = fadd <16 x float> %364, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n83 = fsub <16 x float> %365, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f84 = fsub <16 x float> %364, %n83
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f84, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %366, <16 x float> %f84, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %367, <16 x float> %f84, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %f84, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %f84, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %f84, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %372 = fptosi <16 x float> %n83 to <16 x i32>
  %373 = add <16 x i32> %372, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %374 = shl <16 x i32> %373, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %375 = bitcast <16 x i32> %374 to <16 x float>
  %exp285 = fmul <16 x float> %371, %375
  store <16 x float> %exp285, ptr %360, align 64
  %376 = fadd <16 x float> %lsum.sroa.4.0, %exp285
  %377 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %378 = load <16 x float>, ptr %201, align 64
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %379, ptr %201, align 64
  %380 = getelementptr <16 x float>, ptr %201, i64 1
  %381 = load <16 x float>, ptr %380, align 64
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %exp275, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %382, ptr %380, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit92, %exit78
  %pvblock89 = phi i32 [ 0, %exit78 ], [ %496, %exit92 ]
  %383 = icmp slt i32 %pvblock89, 8
  br i1 %383, label %body86, label %join

body86:                                           ; preds = %pvblock
  %384 = mul i32 %pvblock89, 10
  %385 = sext i32 %384 to i64
  %386 = mul i64 %385, 32
  %387 = getelementptr i32, ptr %198, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fmul <16 x float> %388, %exp2
  %390 = getelementptr i32, ptr %387, i64 16
  %391 = load <16 x float>, ptr %390, align 64
  %392 = fmul <16 x float> %391, %exp275
  %393 = getelementptr i32, ptr %387, i64 32
  %394 = load <16 x float>, ptr %393, align 64
  %395 = fmul <16 x float> %394, %exp2
  %396 = getelementptr i32, ptr %387, i64 48
  %397 = load <16 x float>, ptr %396, align 64
  %398 = fmul <16 x float> %397, %exp275
  %399 = getelementptr i32, ptr %387, i64 64
  %400 = load <16 x float>, ptr %399, align 64
  %401 = fmul <16 x float> %400, %exp2
  %402 = getelementptr i32, ptr %387, i64 80
  %403 = load <16 x float>, ptr %402, align 64
  %404 = fmul <16 x float> %403, %exp275
  %405 = getelementptr i32, ptr %387, i64 96
  %406 = load <16 x float>, ptr %405, align 64
  %407 = fmul <16 x float> %406, %exp2
  %408 = getelementptr i32, ptr %387, i64 112
  %409 = load <16 x float>, ptr %408, align 64
  %410 = fmul <16 x float> %409, %exp275
  %411 = getelementptr i32, ptr %387, i64 128
  %412 = load <16 x float>, ptr %411, align 64
  %413 = fmul <16 x float> %412, %exp2
  %414 = getelementptr i32, ptr %387, i64 144
  %415 = load <16 x float>, ptr %414, align 64
  %416 = fmul <16 x float> %415, %exp275
  %417 = getelementptr i32, ptr %387, i64 160
  %418 = load <16 x float>, ptr %417, align 64
  %419 = fmul <16 x float> %418, %exp2
  %420 = getelementptr i32, ptr %387, i64 176
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp275
  %423 = getelementptr i32, ptr %387, i64 192
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %exp2
  %426 = getelementptr i32, ptr %387, i64 208
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %exp275
  %429 = getelementptr i32, ptr %387, i64 224
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp2
  %432 = getelementptr i32, ptr %387, i64 240
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp275
  %435 = getelementptr i32, ptr %387, i64 256
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp2
  %438 = getelementptr i32, ptr %387, i64 272
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp275
  %441 = getelementptr i32, ptr %387, i64 288
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp2
  %444 = getelementptr i32, ptr %387, i64 304
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp275
  br label %kpv

kpv:                                              ; preds = %body90, %body86
  %o.sroa.60.0 = phi <16 x float> [ %434, %body86 ], [ %486, %body90 ]
  %o.sroa.56.0 = phi <16 x float> [ %431, %body86 ], [ %485, %body90 ]
  %o.sroa.52.0 = phi <16 x float> [ %428, %body86 ], [ %482, %body90 ]
  %o.sroa.48.0 = phi <16 x float> [ %425, %body86 ], [ %481, %body90 ]
  %o.sroa.44.0 = phi <16 x float> [ %422, %body86 ], [ %478, %body90 ]
  %o.sroa.40.0 = phi <16 x float> [ %419, %body86 ], [ %477, %body90 ]
  %o.sroa.36.0 = phi <16 x float> [ %416, %body86 ], [ %474, %body90 ]
  %o.sroa.32.0 = phi <16 x float> [ %413, %body86 ], [ %473, %body90 ]
  %o.sroa.28.0 = phi <16 x float> [ %410, %body86 ], [ %470, %body90 ]
  %o.sroa.24.0 = phi <16 x float> [ %407, %body86 ], [ %469, %body90 ]
  %o.sroa.20.0 = phi <16 x float> [ %404, %body86 ], [ %466, %body90 ]
  %o.sroa.16.0 = phi <16 x float> [ %401, %body86 ], [ %465, %body90 ]
  %o.sroa.12.0 = phi <16 x float> [ %398, %body86 ], [ %462, %body90 ]
  %o.sroa.8.0 = phi <16 x float> [ %395, %body86 ], [ %461, %body90 ]
  %o.sroa.4.0 = phi <16 x float> [ %392, %body86 ], [ %458, %body90 ]
  %o.sroa.0.0 = phi <16 x float> [ %389, %body86 ], [ %457, %body90 ]
  %o.sroa.64.0 = phi <16 x float> [ %437, %body86 ], [ %489, %body90 ]
  %o.sroa.68.0 = phi <16 x float> [ %440, %body86 ], [ %490, %body90 ]
  %o.sroa.72.0 = phi <16 x float> [ %443, %body86 ], [ %493, %body90 ]
  %o.sroa.76.0 = phi <16 x float> [ %446, %body86 ], [ %494, %body90 ]
  %kpv93 = phi i32 [ 0, %body86 ], [ %495, %body90 ]
  %447 = icmp slt i32 %kpv93, %193
  br i1 %447, label %body90, label %exit92

body90:                                           ; preds = %kpv
  %448 = sext i32 %kpv93 to i64
  %449 = mul i64 %448, 32
  %450 = getelementptr i32, ptr %st, i64 %449
  %p = load <16 x float>, ptr %450, align 64
  %451 = add i64 %449, 16
  %452 = getelementptr i32, ptr %st, i64 %451
  %p94 = load <16 x float>, ptr %452, align 64
  %453 = mul i64 %448, 320
  %454 = getelementptr i8, ptr %vbuf, i64 %453
  %455 = getelementptr i32, ptr %454, i64 %385
  %v = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v, i32 0
  %splat95 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.0.0)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat95, <16 x float> %o.sroa.4.0)
  %459 = getelementptr i32, ptr %455, i64 1
  %v96 = load float, ptr %459, align 4
  %460 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.8.0)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %463 = getelementptr i32, ptr %455, i64 2
  %v98 = load float, ptr %463, align 4
  %464 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat99, <16 x float> %o.sroa.20.0)
  %467 = getelementptr i32, ptr %455, i64 3
  %v100 = load float, ptr %467, align 4
  %468 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.24.0)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat101, <16 x float> %o.sroa.28.0)
  %471 = getelementptr i32, ptr %455, i64 4
  %v102 = load float, ptr %471, align 4
  %472 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %472, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.32.0)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat103, <16 x float> %o.sroa.36.0)
  %475 = getelementptr i32, ptr %455, i64 5
  %v104 = load float, ptr %475, align 4
  %476 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %476, <16 x float> poison, <16 x i32> zeroinitializer
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.40.0)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat105, <16 x float> %o.sroa.44.0)
  %479 = getelementptr i32, ptr %455, i64 6
  %v106 = load float, ptr %479, align 4
  %480 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.48.0)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat107, <16 x float> %o.sroa.52.0)
  %483 = getelementptr i32, ptr %455, i64 7
  %v108 = load float, ptr %483, align 4
  %484 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.56.0)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat109, <16 x float> %o.sroa.60.0)
  %487 = getelementptr i32, ptr %455, i64 8
  %v110 = load float, ptr %487, align 4
  %488 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %488, <16 x float> poison, <16 x i32> zeroinitializer
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.64.0)
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat111, <16 x float> %o.sroa.68.0)
  %491 = getelementptr i32, ptr %455, i64 9
  %v112 = load float, ptr %491, align 4
  %492 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %492, <16 x float> poison, <16 x i32> zeroinitializer
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.72.0)
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat113, <16 x float> %o.sroa.76.0)
  %495 = add nsw i32 %kpv93, 1
  br label %kpv

exit92:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %387, align 64
  store <16 x float> %o.sroa.4.0, ptr %390, align 64
  store <16 x float> %o.sroa.8.0, ptr %393, align 64
  store <16 x float> %o.sroa.12.0, ptr %396, align 64
  store <16 x float> %o.sroa.16.0, ptr %399, align 64
  store <16 x float> %o.sroa.20.0, ptr %402, align 64
  store <16 x float> %o.sroa.24.0, ptr %405, align 64
  store <16 x float> %o.sroa.28.0, ptr %408, align 64
  store <16 x float> %o.sroa.32.0, ptr %411, align 64
  store <16 x float> %o.sroa.36.0, ptr %414, align 64
  store <16 x float> %o.sroa.40.0, ptr %417, align 64
  store <16 x float> %o.sroa.44.0, ptr %420, align 64
  store <16 x float> %o.sroa.48.0, ptr %423, align 64
  store <16 x float> %o.sroa.52.0, ptr %426, align 64
  store <16 x float> %o.sroa.56.0, ptr %429, align 64
  store <16 x float> %o.sroa.60.0, ptr %432, align 64
  store <16 x float> %o.sroa.64.0, ptr %435, align 64
  store <16 x float> %o.sroa.68.0, ptr %438, align 64
  store <16 x float> %o.sroa.72.0, ptr %441, align 64
  store <16 x float> %o.sroa.76.0, ptr %444, align 64
  %496 = add nsw i32 %pvblock89, 1
  br label %pvblock

orow114:                                          ; preds = %written, %exit16
  %orow118 = phi i32 [ 0, %exit16 ], [ %531, %written ]
  %497 = icmp slt i32 %orow118, %nrows
  br i1 %497, label %body115, label %done

body115:                                          ; preds = %orow114
  %498 = sext i32 %orow118 to i64
  %499 = getelementptr float, ptr %ms, i64 %498
  %m119 = load float, ptr %499, align 4
  %500 = getelementptr float, ptr %ls, i64 %498
  %l = load float, ptr %500, align 4
  %501 = sdiv i32 %orow118, 32
  %502 = srem i32 %orow118, 32
  %503 = sext i32 %501 to i64
  %504 = mul i64 %503, 2560
  %505 = getelementptr i32, ptr %ot, i64 %504
  br label %otrow

otrow:                                            ; preds = %body120, %body115
  %otrow123 = phi i32 [ 0, %body115 ], [ %514, %body120 ]
  %506 = icmp slt i32 %otrow123, 80
  br i1 %506, label %body120, label %exit122

body120:                                          ; preds = %otrow
  %507 = sext i32 %502 to i64
  %508 = sext i32 %otrow123 to i64
  %509 = mul i64 %508, 32
  %510 = add i64 %509, %507
  %511 = getelementptr i32, ptr %505, i64 %510
  %512 = load float, ptr %511, align 4
  %513 = getelementptr i32, ptr %rowbuf, i64 %508
  store float %512, ptr %513, align 4
  %514 = add nsw i32 %otrow123, 1
  br label %otrow

exit122:                                          ; preds = %otrow
  %515 = icmp ne ptr %part, null
  br i1 %515, label %partial, label %final

partial:                                          ; preds = %exit122
  %516 = sext i32 %nrows to i64
  %517 = mul i64 %498, 80
  %518 = getelementptr float, ptr %part, i64 %517
  br label %chunk124

final:                                            ; preds = %exit122
  %519 = sdiv i32 %orow118, %nh
  %qi129 = add i32 %q_begin, %519
  %520 = srem i32 %orow118, %nh
  %h130 = add i32 %h_begin, %520
  %hq131 = add i32 %kv_head, %h130
  %521 = sext i32 %qi129 to i64
  %522 = add i64 %q_row0, %521
  %523 = mul i64 %522, 32
  %524 = sext i32 %hq131 to i64
  %orow132 = add i64 %523, %524
  %525 = fcmp oeq float %l, 0.000000e+00
  %526 = fdiv float 1.000000e+00, %l
  %527 = select i1 %525, float 0.000000e+00, float %526
  %528 = mul i64 %orow132, 320
  %529 = getelementptr i8, ptr %out, i64 %528
  %530 = insertelement <16 x float> poison, float %527, i32 0
  %splat133 = shufflevector <16 x float> %530, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk134

written:                                          ; preds = %exit137, %exit127
  %531 = add nsw i32 %orow118, 1
  br label %orow114

chunk124:                                         ; preds = %body125, %partial
  %chunk128 = phi i64 [ 0, %partial ], [ %537, %body125 ]
  %532 = icmp slt i64 %chunk128, 5
  br i1 %532, label %body125, label %exit127

body125:                                          ; preds = %chunk124
  %533 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk128
  %534 = load <16 x float>, ptr %533, align 64
  %535 = mul i64 %chunk128, 64
  %536 = getelementptr i8, ptr %518, i64 %535
  store <16 x float> %534, ptr %536, align 4
  %537 = add nsw i64 %chunk128, 1
  br label %chunk124

exit127:                                          ; preds = %chunk124
  %538 = mul i64 %516, 80
  %539 = add i64 %538, %498
  %540 = getelementptr float, ptr %part, i64 %539
  store float %m119, ptr %540, align 4
  %541 = add i64 %539, %516
  %542 = getelementptr float, ptr %part, i64 %541
  store float %l, ptr %542, align 4
  br label %written

chunk134:                                         ; preds = %body135, %final
  %chunk138 = phi i64 [ 0, %final ], [ %549, %body135 ]
  %543 = icmp slt i64 %chunk138, 5
  br i1 %543, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %544 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %545 = load <16 x float>, ptr %544, align 64
  %546 = fmul <16 x float> %545, %splat133
  %547 = mul i64 %chunk138, 64
  %548 = getelementptr i8, ptr %529, i64 %547
  store <16 x float> %546, ptr %548, align 4
  %549 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %550 = call float @llvm.log.f32(float %l)
  %551 = call float @llvm.fmuladd.f32(float %m119, float 0x3FE62E4300000000, float %550)
  %lse139 = select i1 %525, float 0xFFF0000000000000, float %551
  %552 = getelementptr float, ptr %lse, i64 %orow132
  store float %lse139, ptr %552, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @prefill_d80_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @prefill_d80_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @prefill_d80_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @prefill_d80_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @prefill_d80_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @prefill_d80_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @prefill_d80_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @prefill_d80_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @prefill_d80_info() #0 {
entry:
  ret ptr @prefill_d80_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
