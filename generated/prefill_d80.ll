; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [372 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Akind: self\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -3334392130206359750, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %187, %exit28 ]
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
  %kpack21 = phi i32 [ 0, %body14 ], [ %150, %body18 ]
  %128 = icmp slt i32 %kpack21, %97
  br i1 %128, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %129 = add i32 %ktile17, %kpack21
  %130 = call i32 @llvm.smin.i32(i32 %129, i32 %k_last)
  %131 = sext i32 %130 to i64
  %132 = mul i64 %131, 10240
  %133 = getelementptr i8, ptr %22, i64 %132
  %134 = sext i32 %kpack21 to i64
  %135 = mul i64 %134, 80
  %136 = getelementptr i32, ptr %kbuf, i64 %135
  %137 = load <16 x float>, ptr %133, align 4
  store <16 x float> %137, ptr %136, align 64
  %138 = getelementptr i8, ptr %133, i64 64
  %139 = load <16 x float>, ptr %138, align 4
  %140 = getelementptr i8, ptr %136, i64 64
  store <16 x float> %139, ptr %140, align 64
  %141 = getelementptr i8, ptr %133, i64 128
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr i8, ptr %136, i64 128
  store <16 x float> %142, ptr %143, align 64
  %144 = getelementptr i8, ptr %133, i64 192
  %145 = load <16 x float>, ptr %144, align 4
  %146 = getelementptr i8, ptr %136, i64 192
  store <16 x float> %145, ptr %146, align 64
  %147 = getelementptr i8, ptr %133, i64 256
  %148 = load <16 x float>, ptr %147, align 4
  %149 = getelementptr i8, ptr %136, i64 256
  store <16 x float> %148, ptr %149, align 64
  %150 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body22
  %vpack25 = phi i32 [ %172, %body22 ], [ 0, %kpack ]
  %151 = icmp slt i32 %vpack25, %94
  br i1 %151, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %152 = add i32 %ktile17, %vpack25
  %153 = sext i32 %152 to i64
  %154 = mul i64 %153, 10240
  %155 = getelementptr i8, ptr %24, i64 %154
  %156 = sext i32 %vpack25 to i64
  %157 = mul i64 %156, 80
  %158 = getelementptr i32, ptr %vbuf, i64 %157
  %159 = load <16 x float>, ptr %155, align 4
  store <16 x float> %159, ptr %158, align 64
  %160 = getelementptr i8, ptr %155, i64 64
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr i8, ptr %158, i64 64
  store <16 x float> %161, ptr %162, align 64
  %163 = getelementptr i8, ptr %155, i64 128
  %164 = load <16 x float>, ptr %163, align 4
  %165 = getelementptr i8, ptr %158, i64 128
  store <16 x float> %164, ptr %165, align 64
  %166 = getelementptr i8, ptr %155, i64 192
  %167 = load <16 x float>, ptr %166, align 4
  %168 = getelementptr i8, ptr %158, i64 192
  store <16 x float> %167, ptr %168, align 64
  %169 = getelementptr i8, ptr %155, i64 256
  %170 = load <16 x float>, ptr %169, align 4
  %171 = getelementptr i8, ptr %158, i64 256
  store <16 x float> %170, ptr %171, align 64
  %172 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %173 = add i32 %nrows, 31
  %nblk = sdiv i32 %173, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock29 = phi i32 [ 0, %exit24 ], [ %198, %join ]
  %174 = icmp slt i32 %rblock29, %nblk
  br i1 %174, label %body26, label %exit28

body26:                                           ; preds = %rblock
  %175 = sext i32 %rblock29 to i64
  %176 = mul i32 %rblock29, 32
  %177 = add i32 %176, 31
  %178 = call i32 @llvm.smin.i32(i32 %177, i32 %86)
  %179 = sdiv i32 %178, %nh
  %180 = add i32 %q_begin, %179
  %181 = add i32 %q_pos0, %180
  %182 = add i32 %181, 1
  %183 = call i32 @llvm.smin.i32(i32 %182, i32 %k_end)
  %184 = sub i32 %183, %ktile17
  %185 = call i32 @llvm.smin.i32(i32 %94, i32 %184)
  %186 = icmp sgt i32 %185, 0
  br i1 %186, label %rvisit, label %join

exit28:                                           ; preds = %rblock
  %187 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body26
  %188 = mul i64 %175, 2560
  %189 = getelementptr i32, ptr %qt, i64 %188
  %190 = getelementptr i32, ptr %ot, i64 %188
  %191 = mul i64 %175, 2
  %192 = getelementptr <16 x float>, ptr %mv, i64 %191
  %193 = getelementptr <16 x float>, ptr %lv, i64 %191
  %194 = mul i64 %175, 32
  %195 = getelementptr i32, ptr %lims, i64 %194
  %limv = load <16 x i32>, ptr %195, align 64
  %196 = add i64 %194, 16
  %197 = getelementptr i32, ptr %lims, i64 %196
  %limv30 = load <16 x i32>, ptr %197, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body26
  %198 = add nsw i32 %rblock29, 1
  br label %rblock

sblock:                                           ; preds = %exit37, %rvisit
  %sblock34 = phi i32 [ 0, %rvisit ], [ %282, %exit37 ]
  %199 = icmp slt i32 %sblock34, %185
  br i1 %199, label %body31, label %smask

body31:                                           ; preds = %sblock
  %200 = sext i32 %sblock34 to i64
  %201 = mul i64 %200, 80
  %202 = getelementptr i32, ptr %kbuf, i64 %201
  br label %sdim

sdim:                                             ; preds = %body35, %body31
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %255, %body35 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %254, %body35 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %251, %body35 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %250, %body35 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %247, %body35 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %246, %body35 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %243, %body35 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %242, %body35 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %239, %body35 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %238, %body35 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %235, %body35 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %234, %body35 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %231, %body35 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %230, %body35 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %227, %body35 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %226, %body35 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %223, %body35 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %222, %body35 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %219, %body35 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %218, %body35 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %215, %body35 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %214, %body35 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %211, %body35 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %210, %body35 ]
  %sdim38 = phi i32 [ 0, %body31 ], [ %256, %body35 ]
  %203 = icmp slt i32 %sdim38, 80
  br i1 %203, label %body35, label %exit37

body35:                                           ; preds = %sdim
  %204 = sext i32 %sdim38 to i64
  %205 = mul i64 %204, 32
  %206 = getelementptr i32, ptr %189, i64 %205
  %qt39 = load <16 x float>, ptr %206, align 64
  %207 = getelementptr i32, ptr %206, i64 16
  %qt40 = load <16 x float>, ptr %207, align 64
  %208 = getelementptr i32, ptr %202, i64 %204
  %k = load float, ptr %208, align 4
  %209 = insertelement <16 x float> poison, float %k, i32 0
  %splat41 = shufflevector <16 x float> %209, <16 x float> poison, <16 x i32> zeroinitializer
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat41, <16 x float> %sacc.sroa.0.0)
  %211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat41, <16 x float> %sacc.sroa.4.0)
  %212 = getelementptr i32, ptr %208, i64 80
  %k42 = load float, ptr %212, align 4
  %213 = insertelement <16 x float> poison, float %k42, i32 0
  %splat43 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat43, <16 x float> %sacc.sroa.8.0)
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat43, <16 x float> %sacc.sroa.12.0)
  %216 = getelementptr i32, ptr %208, i64 160
  %k44 = load float, ptr %216, align 4
  %217 = insertelement <16 x float> poison, float %k44, i32 0
  %splat45 = shufflevector <16 x float> %217, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat45, <16 x float> %sacc.sroa.16.0)
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat45, <16 x float> %sacc.sroa.20.0)
  %220 = getelementptr i32, ptr %208, i64 240
  %k46 = load float, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %k46, i32 0
  %splat47 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat47, <16 x float> %sacc.sroa.24.0)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat47, <16 x float> %sacc.sroa.28.0)
  %224 = getelementptr i32, ptr %208, i64 320
  %k48 = load float, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat49, <16 x float> %sacc.sroa.32.0)
  %227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat49, <16 x float> %sacc.sroa.36.0)
  %228 = getelementptr i32, ptr %208, i64 400
  %k50 = load float, ptr %228, align 4
  %229 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %229, <16 x float> poison, <16 x i32> zeroinitializer
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat51, <16 x float> %sacc.sroa.40.0)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat51, <16 x float> %sacc.sroa.44.0)
  %232 = getelementptr i32, ptr %208, i64 480
  %k52 = load float, ptr %232, align 4
  %233 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat53, <16 x float> %sacc.sroa.48.0)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat53, <16 x float> %sacc.sroa.52.0)
  %236 = getelementptr i32, ptr %208, i64 560
  %k54 = load float, ptr %236, align 4
  %237 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat55, <16 x float> %sacc.sroa.56.0)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat55, <16 x float> %sacc.sroa.60.0)
  %240 = getelementptr i32, ptr %208, i64 640
  %k56 = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat57, <16 x float> %sacc.sroa.64.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat57, <16 x float> %sacc.sroa.68.0)
  %244 = getelementptr i32, ptr %208, i64 720
  %k58 = load float, ptr %244, align 4
  %245 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat59, <16 x float> %sacc.sroa.72.0)
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat59, <16 x float> %sacc.sroa.76.0)
  %248 = getelementptr i32, ptr %208, i64 800
  %k60 = load float, ptr %248, align 4
  %249 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat61, <16 x float> %sacc.sroa.80.0)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat61, <16 x float> %sacc.sroa.84.0)
  %252 = getelementptr i32, ptr %208, i64 880
  %k62 = load float, ptr %252, align 4
  %253 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat63, <16 x float> %sacc.sroa.88.0)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat63, <16 x float> %sacc.sroa.92.0)
  %256 = add nsw i32 %sdim38, 1
  br label %sdim

exit37:                                           ; preds = %sdim
  %257 = mul i64 %200, 32
  %258 = getelementptr i32, ptr %st, i64 %257
  store <16 x float> %sacc.sroa.0.0, ptr %258, align 64
  %259 = getelementptr i32, ptr %258, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %259, align 64
  %260 = getelementptr i32, ptr %258, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %260, align 64
  %261 = getelementptr i32, ptr %258, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %261, align 64
  %262 = getelementptr i32, ptr %258, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %262, align 64
  %263 = getelementptr i32, ptr %258, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %263, align 64
  %264 = getelementptr i32, ptr %258, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %264, align 64
  %265 = getelementptr i32, ptr %258, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %265, align 64
  %266 = getelementptr i32, ptr %258, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %266, align 64
  %267 = getelementptr i32, ptr %258, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %267, align 64
  %268 = getelementptr i32, ptr %258, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %258, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %258, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %258, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %258, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %258, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %258, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %258, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %258, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %258, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %258, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %258, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %258, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %258, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %281, align 64
  %282 = add nsw i32 %sblock34, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body64
  %tmax.sroa.4.0 = phi <16 x float> [ %296, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %291, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask67 = phi i32 [ %297, %body64 ], [ 0, %sblock ]
  %283 = icmp slt i32 %smask67, %185
  br i1 %283, label %body64, label %exit66

body64:                                           ; preds = %smask
  %284 = add i32 %ktile17, %smask67
  %285 = insertelement <16 x i32> poison, i32 %284, i32 0
  %splat68 = shufflevector <16 x i32> %285, <16 x i32> poison, <16 x i32> zeroinitializer
  %286 = sext i32 %smask67 to i64
  %287 = mul i64 %286, 32
  %288 = getelementptr i32, ptr %st, i64 %287
  %s = load <16 x float>, ptr %288, align 64
  %289 = icmp slt <16 x i32> %splat68, %limv
  %290 = select <16 x i1> %289, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %290, ptr %288, align 64
  %291 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %290)
  %292 = add i64 %287, 16
  %293 = getelementptr i32, ptr %st, i64 %292
  %s69 = load <16 x float>, ptr %293, align 64
  %294 = icmp slt <16 x i32> %splat68, %limv30
  %295 = select <16 x i1> %294, <16 x float> %s69, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %295, ptr %293, align 64
  %296 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %295)
  %297 = add nsw i32 %smask67, 1
  br label %smask

exit66:                                           ; preds = %smask
  %m = load <16 x float>, ptr %192, align 64
  %298 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %299 = fcmp oeq <16 x float> %298, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse70 = select <16 x i1> %299, <16 x float> zeroinitializer, <16 x float> %298
  %300 = fsub <16 x float> %m, %muse70
  %301 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %300, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %302 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %301, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %303 = fadd <16 x float> %302, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %303, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %302, %n
  %304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %304, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %305, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %306, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %307, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %308, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %310 = fptosi <16 x float> %n to <16 x i32>
  %311 = add <16 x i32> %310, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %312 = shl <16 x i32> %311, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %313 = bitcast <16 x i32> %312 to <16 x float>
  %exp2 = fmul <16 x float> %309, %313
  store <16 x float> %298, ptr %192, align 64
  %314 = getelementptr <16 x float>, ptr %192, i64 1
  %m71 = load <16 x float>, ptr %314, align 64
  %315 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m71, <16 x float> %tmax.sroa.4.0)
  %316 = fcmp oeq <16 x float> %315, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse72 = select <16 x i1> %316, <16 x float> zeroinitializer, <16 x float> %315
  %317 = fsub <16 x float> %m71, %muse72
  %318 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %317, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %319 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %318, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %320 = fadd <16 x float> %319, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %320, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %319, %n73
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %322, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %327 = fptosi <16 x float> %n73 to <16 x i32>
  %328 = add <16 x i32> %327, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %329 = shl <16 x i32> %328, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %330 = bitcast <16 x i32> %329 to <16 x float>
  %exp275 = fmul <16 x float> %326, %330
  store <16 x float> %315, ptr %314, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit66
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %368, %body76 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %350, %body76 ]
  %sexp79 = phi i32 [ 0, %exit66 ], [ %369, %body76 ]
  %331 = icmp slt i32 %sexp79, %185
  br i1 %331, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %332 = sext i32 %sexp79 to i64
  %333 = mul i64 %332, 32
  %334 = getelementptr i32, ptr %st, i64 %333
  %335 = load <16 x float>, ptr %334, align 64
  %336 = fsub <16 x float> %335, %muse70
  %337 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %336, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %338 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %337, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %339 = fadd <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %338, %n80
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %346 = fptosi <16 x float> %n80 to <16 x i32>
  %347 = add <16 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <16 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <16 x i32> %348 to <16 x float>
  %exp282 = fmul <16 x float> %345, %349
  store <16 x float> %exp282, ptr %334, align 64
  %350 = fadd <16 x float> %lsum.sroa.0.0, %exp282
  %351 = add i64 %333, 16
  %352 = getelementptr i32, ptr %st, i64 %351
  %353 = load <16 x float>, ptr %352, align 64
  %354 = fsub <16 x float> %353, %muse72
  %355 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %354, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %356 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %355, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %357 = fadd <16 x float> %356, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n83 = fsub <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f84 = fsub <16 x float> %356, %n83
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f84, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f84, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f84, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f84, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f84, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f84, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %364 = fptosi <16 x float> %n83 to <16 x i32>
  %365 = add <16 x i32> %364, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %366 = shl <16 x i32> %365, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %367 = bitcast <16 x i32> %366 to <16 x float>
  %exp285 = fmul <16 x float> %363, %367
  store <16 x float> %exp285, ptr %352, align 64
  %368 = fadd <16 x float> %lsum.sroa.4.0, %exp285
  %369 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %370 = load <16 x float>, ptr %193, align 64
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %371, ptr %193, align 64
  %372 = getelementptr <16 x float>, ptr %193, i64 1
  %373 = load <16 x float>, ptr %372, align 64
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %373, <16 x float> %exp275, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %374, ptr %372, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit92, %exit78
  %pvblock89 = phi i32 [ 0, %exit78 ], [ %488, %exit92 ]
  %375 = icmp slt i32 %pvblock89, 8
  br i1 %375, label %body86, label %join

body86:                                           ; preds = %pvblock
  %376 = mul i32 %pvblock89, 10
  %377 = sext i32 %376 to i64
  %378 = mul i64 %377, 32
  %379 = getelementptr i32, ptr %190, i64 %378
  %380 = load <16 x float>, ptr %379, align 64
  %381 = fmul <16 x float> %380, %exp2
  %382 = getelementptr i32, ptr %379, i64 16
  %383 = load <16 x float>, ptr %382, align 64
  %384 = fmul <16 x float> %383, %exp275
  %385 = getelementptr i32, ptr %379, i64 32
  %386 = load <16 x float>, ptr %385, align 64
  %387 = fmul <16 x float> %386, %exp2
  %388 = getelementptr i32, ptr %379, i64 48
  %389 = load <16 x float>, ptr %388, align 64
  %390 = fmul <16 x float> %389, %exp275
  %391 = getelementptr i32, ptr %379, i64 64
  %392 = load <16 x float>, ptr %391, align 64
  %393 = fmul <16 x float> %392, %exp2
  %394 = getelementptr i32, ptr %379, i64 80
  %395 = load <16 x float>, ptr %394, align 64
  %396 = fmul <16 x float> %395, %exp275
  %397 = getelementptr i32, ptr %379, i64 96
  %398 = load <16 x float>, ptr %397, align 64
  %399 = fmul <16 x float> %398, %exp2
  %400 = getelementptr i32, ptr %379, i64 112
  %401 = load <16 x float>, ptr %400, align 64
  %402 = fmul <16 x float> %401, %exp275
  %403 = getelementptr i32, ptr %379, i64 128
  %404 = load <16 x float>, ptr %403, align 64
  %405 = fmul <16 x float> %404, %exp2
  %406 = getelementptr i32, ptr %379, i64 144
  %407 = load <16 x float>, ptr %406, align 64
  %408 = fmul <16 x float> %407, %exp275
  %409 = getelementptr i32, ptr %379, i64 160
  %410 = load <16 x float>, ptr %409, align 64
  %411 = fmul <16 x float> %410, %exp2
  %412 = getelementptr i32, ptr %379, i64 176
  %413 = load <16 x float>, ptr %412, align 64
  %414 = fmul <16 x float> %413, %exp275
  %415 = getelementptr i32, ptr %379, i64 192
  %416 = load <16 x float>, ptr %415, align 64
  %417 = fmul <16 x float> %416, %exp2
  %418 = getelementptr i32, ptr %379, i64 208
  %419 = load <16 x float>, ptr %418, align 64
  %420 = fmul <16 x float> %419, %exp275
  %421 = getelementptr i32, ptr %379, i64 224
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fmul <16 x float> %422, %exp2
  %424 = getelementptr i32, ptr %379, i64 240
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %exp275
  %427 = getelementptr i32, ptr %379, i64 256
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fmul <16 x float> %428, %exp2
  %430 = getelementptr i32, ptr %379, i64 272
  %431 = load <16 x float>, ptr %430, align 64
  %432 = fmul <16 x float> %431, %exp275
  %433 = getelementptr i32, ptr %379, i64 288
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %exp2
  %436 = getelementptr i32, ptr %379, i64 304
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %exp275
  br label %kpv

kpv:                                              ; preds = %body90, %body86
  %o.sroa.60.0 = phi <16 x float> [ %426, %body86 ], [ %478, %body90 ]
  %o.sroa.56.0 = phi <16 x float> [ %423, %body86 ], [ %477, %body90 ]
  %o.sroa.52.0 = phi <16 x float> [ %420, %body86 ], [ %474, %body90 ]
  %o.sroa.48.0 = phi <16 x float> [ %417, %body86 ], [ %473, %body90 ]
  %o.sroa.44.0 = phi <16 x float> [ %414, %body86 ], [ %470, %body90 ]
  %o.sroa.40.0 = phi <16 x float> [ %411, %body86 ], [ %469, %body90 ]
  %o.sroa.36.0 = phi <16 x float> [ %408, %body86 ], [ %466, %body90 ]
  %o.sroa.32.0 = phi <16 x float> [ %405, %body86 ], [ %465, %body90 ]
  %o.sroa.28.0 = phi <16 x float> [ %402, %body86 ], [ %462, %body90 ]
  %o.sroa.24.0 = phi <16 x float> [ %399, %body86 ], [ %461, %body90 ]
  %o.sroa.20.0 = phi <16 x float> [ %396, %body86 ], [ %458, %body90 ]
  %o.sroa.16.0 = phi <16 x float> [ %393, %body86 ], [ %457, %body90 ]
  %o.sroa.12.0 = phi <16 x float> [ %390, %body86 ], [ %454, %body90 ]
  %o.sroa.8.0 = phi <16 x float> [ %387, %body86 ], [ %453, %body90 ]
  %o.sroa.4.0 = phi <16 x float> [ %384, %body86 ], [ %450, %body90 ]
  %o.sroa.0.0 = phi <16 x float> [ %381, %body86 ], [ %449, %body90 ]
  %o.sroa.64.0 = phi <16 x float> [ %429, %body86 ], [ %481, %body90 ]
  %o.sroa.68.0 = phi <16 x float> [ %432, %body86 ], [ %482, %body90 ]
  %o.sroa.72.0 = phi <16 x float> [ %435, %body86 ], [ %485, %body90 ]
  %o.sroa.76.0 = phi <16 x float> [ %438, %body86 ], [ %486, %body90 ]
  %kpv93 = phi i32 [ 0, %body86 ], [ %487, %body90 ]
  %439 = icmp slt i32 %kpv93, %185
  br i1 %439, label %body90, label %exit92

body90:                                           ; preds = %kpv
  %440 = sext i32 %kpv93 to i64
  %441 = mul i64 %440, 32
  %442 = getelementptr i32, ptr %st, i64 %441
  %p = load <16 x float>, ptr %442, align 64
  %443 = add i64 %441, 16
  %444 = getelementptr i32, ptr %st, i64 %443
  %p94 = load <16 x float>, ptr %444, align 64
  %445 = mul i64 %440, 320
  %446 = getelementptr i8, ptr %vbuf, i64 %445
  %447 = getelementptr i32, ptr %446, i64 %377
  %v = load float, ptr %447, align 4
  %448 = insertelement <16 x float> poison, float %v, i32 0
  %splat95 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.0.0)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat95, <16 x float> %o.sroa.4.0)
  %451 = getelementptr i32, ptr %447, i64 1
  %v96 = load float, ptr %451, align 4
  %452 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.8.0)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %455 = getelementptr i32, ptr %447, i64 2
  %v98 = load float, ptr %455, align 4
  %456 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat99, <16 x float> %o.sroa.20.0)
  %459 = getelementptr i32, ptr %447, i64 3
  %v100 = load float, ptr %459, align 4
  %460 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.24.0)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat101, <16 x float> %o.sroa.28.0)
  %463 = getelementptr i32, ptr %447, i64 4
  %v102 = load float, ptr %463, align 4
  %464 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %464, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.32.0)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat103, <16 x float> %o.sroa.36.0)
  %467 = getelementptr i32, ptr %447, i64 5
  %v104 = load float, ptr %467, align 4
  %468 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.40.0)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat105, <16 x float> %o.sroa.44.0)
  %471 = getelementptr i32, ptr %447, i64 6
  %v106 = load float, ptr %471, align 4
  %472 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %472, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.48.0)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat107, <16 x float> %o.sroa.52.0)
  %475 = getelementptr i32, ptr %447, i64 7
  %v108 = load float, ptr %475, align 4
  %476 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %476, <16 x float> poison, <16 x i32> zeroinitializer
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.56.0)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat109, <16 x float> %o.sroa.60.0)
  %479 = getelementptr i32, ptr %447, i64 8
  %v110 = load float, ptr %479, align 4
  %480 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.64.0)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat111, <16 x float> %o.sroa.68.0)
  %483 = getelementptr i32, ptr %447, i64 9
  %v112 = load float, ptr %483, align 4
  %484 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.72.0)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat113, <16 x float> %o.sroa.76.0)
  %487 = add nsw i32 %kpv93, 1
  br label %kpv

exit92:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %379, align 64
  store <16 x float> %o.sroa.4.0, ptr %382, align 64
  store <16 x float> %o.sroa.8.0, ptr %385, align 64
  store <16 x float> %o.sroa.12.0, ptr %388, align 64
  store <16 x float> %o.sroa.16.0, ptr %391, align 64
  store <16 x float> %o.sroa.20.0, ptr %394, align 64
  store <16 x float> %o.sroa.24.0, ptr %397, align 64
  store <16 x float> %o.sroa.28.0, ptr %400, align 64
  store <16 x float> %o.sroa.32.0, ptr %403, align 64
  store <16 x float> %o.sroa.36.0, ptr %406, align 64
  store <16 x float> %o.sroa.40.0, ptr %409, align 64
  store <16 x float> %o.sroa.44.0, ptr %412, align 64
  store <16 x float> %o.sroa.48.0, ptr %415, align 64
  store <16 x float> %o.sroa.52.0, ptr %418, align 64
  store <16 x float> %o.sroa.56.0, ptr %421, align 64
  store <16 x float> %o.sroa.60.0, ptr %424, align 64
  store <16 x float> %o.sroa.64.0, ptr %427, align 64
  store <16 x float> %o.sroa.68.0, ptr %430, align 64
  store <16 x float> %o.sroa.72.0, ptr %433, align 64
  store <16 x float> %o.sroa.76.0, ptr %436, align 64
  %488 = add nsw i32 %pvblock89, 1
  br label %pvblock

orow114:                                          ; preds = %written, %exit16
  %orow118 = phi i32 [ 0, %exit16 ], [ %523, %written ]
  %489 = icmp slt i32 %orow118, %nrows
  br i1 %489, label %body115, label %done

body115:                                          ; preds = %orow114
  %490 = sext i32 %orow118 to i64
  %491 = getelementptr float, ptr %ms, i64 %490
  %m119 = load float, ptr %491, align 4
  %492 = getelementptr float, ptr %ls, i64 %490
  %l = load float, ptr %492, align 4
  %493 = sdiv i32 %orow118, 32
  %494 = srem i32 %orow118, 32
  %495 = sext i32 %493 to i64
  %496 = mul i64 %495, 2560
  %497 = getelementptr i32, ptr %ot, i64 %496
  br label %otrow

otrow:                                            ; preds = %body120, %body115
  %otrow123 = phi i32 [ 0, %body115 ], [ %506, %body120 ]
  %498 = icmp slt i32 %otrow123, 80
  br i1 %498, label %body120, label %exit122

body120:                                          ; preds = %otrow
  %499 = sext i32 %494 to i64
  %500 = sext i32 %otrow123 to i64
  %501 = mul i64 %500, 32
  %502 = add i64 %501, %499
  %503 = getelementptr i32, ptr %497, i64 %502
  %504 = load float, ptr %503, align 4
  %505 = getelementptr i32, ptr %rowbuf, i64 %500
  store float %504, ptr %505, align 4
  %506 = add nsw i32 %otrow123, 1
  br label %otrow

exit122:                                          ; preds = %otrow
  %507 = icmp ne ptr %part, null
  br i1 %507, label %partial, label %final

partial:                                          ; preds = %exit122
  %508 = sext i32 %nrows to i64
  %509 = mul i64 %490, 80
  %510 = getelementptr float, ptr %part, i64 %509
  br label %chunk124

final:                                            ; preds = %exit122
  %511 = sdiv i32 %orow118, %nh
  %qi129 = add i32 %q_begin, %511
  %512 = srem i32 %orow118, %nh
  %h130 = add i32 %h_begin, %512
  %hq131 = add i32 %kv_head, %h130
  %513 = sext i32 %qi129 to i64
  %514 = add i64 %q_row0, %513
  %515 = mul i64 %514, 32
  %516 = sext i32 %hq131 to i64
  %orow132 = add i64 %515, %516
  %517 = fcmp oeq float %l, 0.000000e+00
  %518 = fdiv float 1.000000e+00, %l
  %519 = select i1 %517, float 0.000000e+00, float %518
  %520 = mul i64 %orow132, 320
  %521 = getelementptr i8, ptr %out, i64 %520
  %522 = insertelement <16 x float> poison, float %519, i32 0
  %splat133 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk134

written:                                          ; preds = %exit137, %exit127
  %523 = add nsw i32 %orow118, 1
  br label %orow114

chunk124:                                         ; preds = %body125, %partial
  %chunk128 = phi i64 [ 0, %partial ], [ %529, %body125 ]
  %524 = icmp slt i64 %chunk128, 5
  br i1 %524, label %body125, label %exit127

body125:                                          ; preds = %chunk124
  %525 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk128
  %526 = load <16 x float>, ptr %525, align 64
  %527 = mul i64 %chunk128, 64
  %528 = getelementptr i8, ptr %510, i64 %527
  store <16 x float> %526, ptr %528, align 4
  %529 = add nsw i64 %chunk128, 1
  br label %chunk124

exit127:                                          ; preds = %chunk124
  %530 = mul i64 %508, 80
  %531 = add i64 %530, %490
  %532 = getelementptr float, ptr %part, i64 %531
  store float %m119, ptr %532, align 4
  %533 = add i64 %531, %508
  %534 = getelementptr float, ptr %part, i64 %533
  store float %l, ptr %534, align 4
  br label %written

chunk134:                                         ; preds = %body135, %final
  %chunk138 = phi i64 [ 0, %final ], [ %541, %body135 ]
  %535 = icmp slt i64 %chunk138, 5
  br i1 %535, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %536 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat133
  %539 = mul i64 %chunk138, 64
  %540 = getelementptr i8, ptr %521, i64 %539
  store <16 x float> %538, ptr %540, align 4
  %541 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %542 = call float @llvm.log.f32(float %l)
  %543 = call float @llvm.fmuladd.f32(float %m119, float 0x3FE62E4300000000, float %542)
  %lse139 = select i1 %517, float 0xFFF0000000000000, float %543
  %544 = getelementptr float, ptr %lse, i64 %orow132
  store float %lse139, ptr %544, align 4
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
