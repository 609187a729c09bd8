; ModuleID = 'prefill_d80'
source_filename = "prefill_d80"
target triple = "x86_64-unknown-linux-gnu"

@prefill_d80.name = private unnamed_addr constant [12 x i8] c"prefill_d80\00"
@prefill_d80.spec = private unnamed_addr constant [253 x i8] c"attncc: 1\0Aname: prefill_d80\0Aphase: prefill\0Aheads: {q: 32, kv: 32, dim: 80, v_dim: 80}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 2048}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@prefill_d80_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -4069821009547178855, ptr @prefill_d80.name, ptr @prefill_d80.spec, i32 32, i32 32, i32 80, i32 80, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 2048, i32 1, i32 1, float 0x3FBC9F25C0000000 }, align 8
@prefill_d80_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @prefill_d80_info_data, ptr @prefill_d80_tile, i32 128, i32 1, i32 16, i32 256 }, align 8

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
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %197, %exit28 ]
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
  br i1 %128, label %body18, label %exit20

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

exit20:                                           ; preds = %kpack
  %155 = sext i32 %ktile17 to i64
  %156 = mul i64 %155, 10240
  br label %vpack

vpack:                                            ; preds = %body22, %exit20
  %vpack25 = phi i32 [ 0, %exit20 ], [ %182, %body22 ]
  %157 = icmp slt i32 %vpack25, %94
  br i1 %157, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %158 = add i32 %ktile17, %vpack25
  %159 = sext i32 %158 to i64
  %160 = mul i64 %159, 10240
  %161 = getelementptr i8, ptr %24, i64 %160
  %162 = load <16 x float>, ptr %161, align 4
  %163 = sext i32 %vpack25 to i64
  %164 = mul i64 %163, 80
  %165 = getelementptr i32, ptr %vbuf, i64 %164
  store <16 x float> %162, ptr %165, align 64
  %166 = getelementptr i8, ptr %161, i64 64
  %167 = load <16 x float>, ptr %166, align 4
  %168 = add i64 %164, 16
  %169 = getelementptr i32, ptr %vbuf, i64 %168
  store <16 x float> %167, ptr %169, align 64
  %170 = getelementptr i8, ptr %161, i64 128
  %171 = load <16 x float>, ptr %170, align 4
  %172 = add i64 %164, 32
  %173 = getelementptr i32, ptr %vbuf, i64 %172
  store <16 x float> %171, ptr %173, align 64
  %174 = getelementptr i8, ptr %161, i64 192
  %175 = load <16 x float>, ptr %174, align 4
  %176 = add i64 %164, 48
  %177 = getelementptr i32, ptr %vbuf, i64 %176
  store <16 x float> %175, ptr %177, align 64
  %178 = getelementptr i8, ptr %161, i64 256
  %179 = load <16 x float>, ptr %178, align 4
  %180 = add i64 %164, 64
  %181 = getelementptr i32, ptr %vbuf, i64 %180
  store <16 x float> %179, ptr %181, align 64
  %182 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %183 = add i32 %nrows, 31
  %nblk = sdiv i32 %183, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock29 = phi i32 [ 0, %exit24 ], [ %208, %join ]
  %184 = icmp slt i32 %rblock29, %nblk
  br i1 %184, label %body26, label %exit28

body26:                                           ; preds = %rblock
  %185 = sext i32 %rblock29 to i64
  %186 = mul i32 %rblock29, 32
  %187 = add i32 %186, 31
  %188 = call i32 @llvm.smin.i32(i32 %187, i32 %86)
  %189 = sdiv i32 %188, %nh
  %190 = add i32 %q_begin, %189
  %191 = add i32 %q_pos0, %190
  %192 = add i32 %191, 1
  %193 = call i32 @llvm.smin.i32(i32 %192, i32 %k_end)
  %194 = sub i32 %193, %ktile17
  %195 = call i32 @llvm.smin.i32(i32 %94, i32 %194)
  %196 = icmp sgt i32 %195, 0
  br i1 %196, label %rvisit, label %join

exit28:                                           ; preds = %rblock
  %197 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body26
  %198 = mul i64 %185, 2560
  %199 = getelementptr i32, ptr %qt, i64 %198
  %200 = getelementptr i32, ptr %ot, i64 %198
  %201 = mul i64 %185, 2
  %202 = getelementptr <16 x float>, ptr %mv, i64 %201
  %203 = getelementptr <16 x float>, ptr %lv, i64 %201
  %204 = mul i64 %185, 32
  %205 = getelementptr i32, ptr %lims, i64 %204
  %limv = load <16 x i32>, ptr %205, align 64
  %206 = add i64 %204, 16
  %207 = getelementptr i32, ptr %lims, i64 %206
  %limv30 = load <16 x i32>, ptr %207, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body26
  %208 = add nsw i32 %rblock29, 1
  br label %rblock

sblock:                                           ; preds = %exit37, %rvisit
  %sblock34 = phi i32 [ 0, %rvisit ], [ %292, %exit37 ]
  %209 = icmp slt i32 %sblock34, %195
  br i1 %209, label %body31, label %smask

body31:                                           ; preds = %sblock
  %210 = sext i32 %sblock34 to i64
  %211 = mul i64 %210, 80
  %212 = getelementptr i32, ptr %kbuf, i64 %211
  br label %sdim

sdim:                                             ; preds = %body35, %body31
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %265, %body35 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %264, %body35 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %261, %body35 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %260, %body35 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %257, %body35 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %256, %body35 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %253, %body35 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %252, %body35 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %249, %body35 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %248, %body35 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %245, %body35 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %244, %body35 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %241, %body35 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %240, %body35 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %237, %body35 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %236, %body35 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %233, %body35 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %232, %body35 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %229, %body35 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %228, %body35 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %225, %body35 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %224, %body35 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %221, %body35 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %220, %body35 ]
  %sdim38 = phi i32 [ 0, %body31 ], [ %266, %body35 ]
  %213 = icmp slt i32 %sdim38, 80
  br i1 %213, label %body35, label %exit37

body35:                                           ; preds = %sdim
  %214 = sext i32 %sdim38 to i64
  %215 = mul i64 %214, 32
  %216 = getelementptr i32, ptr %199, i64 %215
  %qt39 = load <16 x float>, ptr %216, align 64
  %217 = getelementptr i32, ptr %216, i64 16
  %qt40 = load <16 x float>, ptr %217, align 64
  %218 = getelementptr i32, ptr %212, i64 %214
  %k = load float, ptr %218, align 4
  %219 = insertelement <16 x float> poison, float %k, i32 0
  %splat41 = shufflevector <16 x float> %219, <16 x float> poison, <16 x i32> zeroinitializer
  %220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat41, <16 x float> %sacc.sroa.0.0)
  %221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat41, <16 x float> %sacc.sroa.4.0)
  %222 = getelementptr i32, ptr %218, i64 80
  %k42 = load float, ptr %222, align 4
  %223 = insertelement <16 x float> poison, float %k42, i32 0
  %splat43 = shufflevector <16 x float> %223, <16 x float> poison, <16 x i32> zeroinitializer
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat43, <16 x float> %sacc.sroa.8.0)
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat43, <16 x float> %sacc.sroa.12.0)
  %226 = getelementptr i32, ptr %218, i64 160
  %k44 = load float, ptr %226, align 4
  %227 = insertelement <16 x float> poison, float %k44, i32 0
  %splat45 = shufflevector <16 x float> %227, <16 x float> poison, <16 x i32> zeroinitializer
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat45, <16 x float> %sacc.sroa.16.0)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat45, <16 x float> %sacc.sroa.20.0)
  %230 = getelementptr i32, ptr %218, i64 240
  %k46 = load float, ptr %230, align 4
  %231 = insertelement <16 x float> poison, float %k46, i32 0
  %splat47 = shufflevector <16 x float> %231, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat47, <16 x float> %sacc.sroa.24.0)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat47, <16 x float> %sacc.sroa.28.0)
  %234 = getelementptr i32, ptr %218, i64 320
  %k48 = load float, ptr %234, align 4
  %235 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat49, <16 x float> %sacc.sroa.32.0)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat49, <16 x float> %sacc.sroa.36.0)
  %238 = getelementptr i32, ptr %218, i64 400
  %k50 = load float, ptr %238, align 4
  %239 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %239, <16 x float> poison, <16 x i32> zeroinitializer
  %240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat51, <16 x float> %sacc.sroa.40.0)
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat51, <16 x float> %sacc.sroa.44.0)
  %242 = getelementptr i32, ptr %218, i64 480
  %k52 = load float, ptr %242, align 4
  %243 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %243, <16 x float> poison, <16 x i32> zeroinitializer
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat53, <16 x float> %sacc.sroa.48.0)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat53, <16 x float> %sacc.sroa.52.0)
  %246 = getelementptr i32, ptr %218, i64 560
  %k54 = load float, ptr %246, align 4
  %247 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat55, <16 x float> %sacc.sroa.56.0)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat55, <16 x float> %sacc.sroa.60.0)
  %250 = getelementptr i32, ptr %218, i64 640
  %k56 = load float, ptr %250, align 4
  %251 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %251, <16 x float> poison, <16 x i32> zeroinitializer
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat57, <16 x float> %sacc.sroa.64.0)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat57, <16 x float> %sacc.sroa.68.0)
  %254 = getelementptr i32, ptr %218, i64 720
  %k58 = load float, ptr %254, align 4
  %255 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat59, <16 x float> %sacc.sroa.72.0)
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat59, <16 x float> %sacc.sroa.76.0)
  %258 = getelementptr i32, ptr %218, i64 800
  %k60 = load float, ptr %258, align 4
  %259 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %259, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat61, <16 x float> %sacc.sroa.80.0)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat61, <16 x float> %sacc.sroa.84.0)
  %262 = getelementptr i32, ptr %218, i64 880
  %k62 = load float, ptr %262, align 4
  %263 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %263, <16 x float> poison, <16 x i32> zeroinitializer
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat63, <16 x float> %sacc.sroa.88.0)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat63, <16 x float> %sacc.sroa.92.0)
  %266 = add nsw i32 %sdim38, 1
  br label %sdim

exit37:                                           ; preds = %sdim
  %267 = mul i64 %210, 32
  %268 = getelementptr i32, ptr %st, i64 %267
  store <16 x float> %sacc.sroa.0.0, ptr %268, align 64
  %269 = getelementptr i32, ptr %268, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %269, align 64
  %270 = getelementptr i32, ptr %268, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %270, align 64
  %271 = getelementptr i32, ptr %268, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %271, align 64
  %272 = getelementptr i32, ptr %268, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %272, align 64
  %273 = getelementptr i32, ptr %268, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %273, align 64
  %274 = getelementptr i32, ptr %268, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %274, align 64
  %275 = getelementptr i32, ptr %268, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %275, align 64
  %276 = getelementptr i32, ptr %268, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %276, align 64
  %277 = getelementptr i32, ptr %268, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %268, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %268, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %268, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %268, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %281, align 64
  %282 = getelementptr i32, ptr %268, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %282, align 64
  %283 = getelementptr i32, ptr %268, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %283, align 64
  %284 = getelementptr i32, ptr %268, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %284, align 64
  %285 = getelementptr i32, ptr %268, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %285, align 64
  %286 = getelementptr i32, ptr %268, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %286, align 64
  %287 = getelementptr i32, ptr %268, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %287, align 64
  %288 = getelementptr i32, ptr %268, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %288, align 64
  %289 = getelementptr i32, ptr %268, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %289, align 64
  %290 = getelementptr i32, ptr %268, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %290, align 64
  %291 = getelementptr i32, ptr %268, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %291, align 64
  %292 = add nsw i32 %sblock34, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body64
  %tmax.sroa.4.0 = phi <16 x float> [ %306, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %301, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask67 = phi i32 [ %307, %body64 ], [ 0, %sblock ]
  %293 = icmp slt i32 %smask67, %195
  br i1 %293, label %body64, label %exit66

body64:                                           ; preds = %smask
  %294 = add i32 %ktile17, %smask67
  %295 = insertelement <16 x i32> poison, i32 %294, i32 0
  %splat68 = shufflevector <16 x i32> %295, <16 x i32> poison, <16 x i32> zeroinitializer
  %296 = sext i32 %smask67 to i64
  %297 = mul i64 %296, 32
  %298 = getelementptr i32, ptr %st, i64 %297
  %s = load <16 x float>, ptr %298, align 64
  %299 = icmp slt <16 x i32> %splat68, %limv
  %300 = select <16 x i1> %299, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %300, ptr %298, align 64
  %301 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %300)
  %302 = add i64 %297, 16
  %303 = getelementptr i32, ptr %st, i64 %302
  %s69 = load <16 x float>, ptr %303, align 64
  %304 = icmp slt <16 x i32> %splat68, %limv30
  %305 = select <16 x i1> %304, <16 x float> %s69, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %305, ptr %303, align 64
  %306 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %305)
  %307 = add nsw i32 %smask67, 1
  br label %smask

exit66:                                           ; preds = %smask
  %m = load <16 x float>, ptr %202, align 64
  %308 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %309 = fcmp oeq <16 x float> %308, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse70 = select <16 x i1> %309, <16 x float> zeroinitializer, <16 x float> %308
  %310 = fsub <16 x float> %m, %muse70
  %311 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %310, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %312 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %311, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %313 = fadd <16 x float> %312, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %313, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %312, %n
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %314, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %315, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %316, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %320 = fptosi <16 x float> %n to <16 x i32>
  %321 = add <16 x i32> %320, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %322 = shl <16 x i32> %321, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %323 = bitcast <16 x i32> %322 to <16 x float>
  %exp2 = fmul <16 x float> %319, %323
  store <16 x float> %308, ptr %202, align 64
  %324 = getelementptr <16 x float>, ptr %202, i64 1
  %m71 = load <16 x float>, ptr %324, align 64
  %325 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m71, <16 x float> %tmax.sroa.4.0)
  %326 = fcmp oeq <16 x float> %325, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse72 = select <16 x i1> %326, <16 x float> zeroinitializer, <16 x float> %325
  %327 = fsub <16 x float> %m71, %muse72
  %328 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %327, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %329 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %328, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %330 = fadd <16 x float> %329, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %330, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %329, %n73
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %331, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %332, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %333, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %334, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %335, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %337 = fptosi <16 x float> %n73 to <16 x i32>
  %338 = add <16 x i32> %337, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %339 = shl <16 x i32> %338, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %340 = bitcast <16 x i32> %339 to <16 x float>
  %exp275 = fmul <16 x float> %336, %340
  store <16 x float> %325, ptr %324, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit66
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %378, %body76 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %360, %body76 ]
  %sexp79 = phi i32 [ 0, %exit66 ], [ %379, %body76 ]
  %341 = icmp slt i32 %sexp79, %195
  br i1 %341, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %342 = sext i32 %sexp79 to i64
  %343 = mul i64 %342, 32
  %344 = getelementptr i32, ptr %st, i64 %343
  %345 = load <16 x float>, ptr %344, align 64
  %346 = fsub <16 x float> %345, %muse70
  %347 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %346, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %348 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %347, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %349 = fadd <16 x float> %348, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %349, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %348, %n80
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %350, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %351, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %352, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %353, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %356 = fptosi <16 x float> %n80 to <16 x i32>
  %357 = add <16 x i32> %356, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %358 = shl <16 x i32> %357, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %359 = bitcast <16 x i32> %358 to <16 x float>
  %exp282 = fmul <16 x float> %355, %359
  store <16 x float> %exp282, ptr %344, align 64
  %360 = fadd <16 x float> %lsum.sroa.0.0, %exp282
  %361 = add i64 %343, 16
  %362 = getelementptr i32, ptr %st, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fsub <16 x float> %363, %muse72
  %365 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %364, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %366 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %365, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %367 = fadd <16 x float> %366, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n83 = fsub <16 x float> %367, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f84 = fsub <16 x float> %366, %n83
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f84, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %368, <16 x float> %f84, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %369, <16 x float> %f84, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %370, <16 x float> %f84, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %371, <16 x float> %f84, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %372, <16 x float> %f84, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %374 = fptosi <16 x float> %n83 to <16 x i32>
  %375 = add <16 x i32> %374, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %376 = shl <16 x i32> %375, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %377 = bitcast <16 x i32> %376 to <16 x float>
  %exp285 = fmul <16 x float> %373, %377
  store <16 x float> %exp285, ptr %362, align 64
  %378 = fadd <16 x float> %lsum.sroa.4.0, %exp285
  %379 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %380 = load <16 x float>, ptr %203, align 64
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %381, ptr %203, align 64
  %382 = getelementptr <16 x float>, ptr %203, i64 1
  %383 = load <16 x float>, ptr %382, align 64
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %383, <16 x float> %exp275, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %384, ptr %382, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit92, %exit78
  %pvblock89 = phi i32 [ 0, %exit78 ], [ %498, %exit92 ]
  %385 = icmp slt i32 %pvblock89, 8
  br i1 %385, label %body86, label %join

body86:                                           ; preds = %pvblock
  %386 = mul i32 %pvblock89, 10
  %387 = sext i32 %386 to i64
  %388 = mul i64 %387, 32
  %389 = getelementptr i32, ptr %200, i64 %388
  %390 = load <16 x float>, ptr %389, align 64
  %391 = fmul <16 x float> %390, %exp2
  %392 = getelementptr i32, ptr %389, i64 16
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp275
  %395 = getelementptr i32, ptr %389, i64 32
  %396 = load <16 x float>, ptr %395, align 64
  %397 = fmul <16 x float> %396, %exp2
  %398 = getelementptr i32, ptr %389, i64 48
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp275
  %401 = getelementptr i32, ptr %389, i64 64
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp2
  %404 = getelementptr i32, ptr %389, i64 80
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp275
  %407 = getelementptr i32, ptr %389, i64 96
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp2
  %410 = getelementptr i32, ptr %389, i64 112
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp275
  %413 = getelementptr i32, ptr %389, i64 128
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %exp2
  %416 = getelementptr i32, ptr %389, i64 144
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp275
  %419 = getelementptr i32, ptr %389, i64 160
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp2
  %422 = getelementptr i32, ptr %389, i64 176
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp275
  %425 = getelementptr i32, ptr %389, i64 192
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %exp2
  %428 = getelementptr i32, ptr %389, i64 208
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp275
  %431 = getelementptr i32, ptr %389, i64 224
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %exp2
  %434 = getelementptr i32, ptr %389, i64 240
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp275
  %437 = getelementptr i32, ptr %389, i64 256
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp2
  %440 = getelementptr i32, ptr %389, i64 272
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %exp275
  %443 = getelementptr i32, ptr %389, i64 288
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fmul <16 x float> %444, %exp2
  %446 = getelementptr i32, ptr %389, i64 304
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %exp275
  br label %kpv

kpv:                                              ; preds = %body90, %body86
  %o.sroa.60.0 = phi <16 x float> [ %436, %body86 ], [ %488, %body90 ]
  %o.sroa.56.0 = phi <16 x float> [ %433, %body86 ], [ %487, %body90 ]
  %o.sroa.52.0 = phi <16 x float> [ %430, %body86 ], [ %484, %body90 ]
  %o.sroa.48.0 = phi <16 x float> [ %427, %body86 ], [ %483, %body90 ]
  %o.sroa.44.0 = phi <16 x float> [ %424, %body86 ], [ %480, %body90 ]
  %o.sroa.40.0 = phi <16 x float> [ %421, %body86 ], [ %479, %body90 ]
  %o.sroa.36.0 = phi <16 x float> [ %418, %body86 ], [ %476, %body90 ]
  %o.sroa.32.0 = phi <16 x float> [ %415, %body86 ], [ %475, %body90 ]
  %o.sroa.28.0 = phi <16 x float> [ %412, %body86 ], [ %472, %body90 ]
  %o.sroa.24.0 = phi <16 x float> [ %409, %body86 ], [ %471, %body90 ]
  %o.sroa.20.0 = phi <16 x float> [ %406, %body86 ], [ %468, %body90 ]
  %o.sroa.16.0 = phi <16 x float> [ %403, %body86 ], [ %467, %body90 ]
  %o.sroa.12.0 = phi <16 x float> [ %400, %body86 ], [ %464, %body90 ]
  %o.sroa.8.0 = phi <16 x float> [ %397, %body86 ], [ %463, %body90 ]
  %o.sroa.4.0 = phi <16 x float> [ %394, %body86 ], [ %460, %body90 ]
  %o.sroa.0.0 = phi <16 x float> [ %391, %body86 ], [ %459, %body90 ]
  %o.sroa.64.0 = phi <16 x float> [ %439, %body86 ], [ %491, %body90 ]
  %o.sroa.68.0 = phi <16 x float> [ %442, %body86 ], [ %492, %body90 ]
  %o.sroa.72.0 = phi <16 x float> [ %445, %body86 ], [ %495, %body90 ]
  %o.sroa.76.0 = phi <16 x float> [ %448, %body86 ], [ %496, %body90 ]
  %kpv93 = phi i32 [ 0, %body86 ], [ %497, %body90 ]
  %449 = icmp slt i32 %kpv93, %195
  br i1 %449, label %body90, label %exit92

body90:                                           ; preds = %kpv
  %450 = sext i32 %kpv93 to i64
  %451 = mul i64 %450, 32
  %452 = getelementptr i32, ptr %st, i64 %451
  %p = load <16 x float>, ptr %452, align 64
  %453 = add i64 %451, 16
  %454 = getelementptr i32, ptr %st, i64 %453
  %p94 = load <16 x float>, ptr %454, align 64
  %455 = mul i64 %450, 320
  %456 = getelementptr i8, ptr %vbuf, i64 %455
  %457 = getelementptr i32, ptr %456, i64 %387
  %v = load float, ptr %457, align 4
  %458 = insertelement <16 x float> poison, float %v, i32 0
  %splat95 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.0.0)
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat95, <16 x float> %o.sroa.4.0)
  %461 = getelementptr i32, ptr %457, i64 1
  %v96 = load float, ptr %461, align 4
  %462 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.8.0)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %465 = getelementptr i32, ptr %457, i64 2
  %v98 = load float, ptr %465, align 4
  %466 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %466, <16 x float> poison, <16 x i32> zeroinitializer
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat99, <16 x float> %o.sroa.20.0)
  %469 = getelementptr i32, ptr %457, i64 3
  %v100 = load float, ptr %469, align 4
  %470 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %470, <16 x float> poison, <16 x i32> zeroinitializer
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.24.0)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat101, <16 x float> %o.sroa.28.0)
  %473 = getelementptr i32, ptr %457, i64 4
  %v102 = load float, ptr %473, align 4
  %474 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %474, <16 x float> poison, <16 x i32> zeroinitializer
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.32.0)
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat103, <16 x float> %o.sroa.36.0)
  %477 = getelementptr i32, ptr %457, i64 5
  %v104 = load float, ptr %477, align 4
  %478 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %478, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.40.0)
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat105, <16 x float> %o.sroa.44.0)
  %481 = getelementptr i32, ptr %457, i64 6
  %v106 = load float, ptr %481, align 4
  %482 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %482, <16 x float> poison, <16 x i32> zeroinitializer
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.48.0)
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat107, <16 x float> %o.sroa.52.0)
  %485 = getelementptr i32, ptr %457, i64 7
  %v108 = load float, ptr %485, align 4
  %486 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.56.0)
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat109, <16 x float> %o.sroa.60.0)
  %489 = getelementptr i32, ptr %457, i64 8
  %v110 = load float, ptr %489, align 4
  %490 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.64.0)
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat111, <16 x float> %o.sroa.68.0)
  %493 = getelementptr i32, ptr %457, i64 9
  %v112 = load float, ptr %493, align 4
  %494 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.72.0)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat113, <16 x float> %o.sroa.76.0)
  %497 = add nsw i32 %kpv93, 1
  br label %kpv

exit92:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %389, align 64
  store <16 x float> %o.sroa.4.0, ptr %392, align 64
  store <16 x float> %o.sroa.8.0, ptr %395, align 64
  store <16 x float> %o.sroa.12.0, ptr %398, align 64
  store <16 x float> %o.sroa.16.0, ptr %401, align 64
  store <16 x float> %o.sroa.20.0, ptr %404, align 64
  store <16 x float> %o.sroa.24.0, ptr %407, align 64
  store <16 x float> %o.sroa.28.0, ptr %410, align 64
  store <16 x float> %o.sroa.32.0, ptr %413, align 64
  store <16 x float> %o.sroa.36.0, ptr %416, align 64
  store <16 x float> %o.sroa.40.0, ptr %419, align 64
  store <16 x float> %o.sroa.44.0, ptr %422, align 64
  store <16 x float> %o.sroa.48.0, ptr %425, align 64
  store <16 x float> %o.sroa.52.0, ptr %428, align 64
  store <16 x float> %o.sroa.56.0, ptr %431, align 64
  store <16 x float> %o.sroa.60.0, ptr %434, align 64
  store <16 x float> %o.sroa.64.0, ptr %437, align 64
  store <16 x float> %o.sroa.68.0, ptr %440, align 64
  store <16 x float> %o.sroa.72.0, ptr %443, align 64
  store <16 x float> %o.sroa.76.0, ptr %446, align 64
  %498 = add nsw i32 %pvblock89, 1
  br label %pvblock

orow114:                                          ; preds = %written, %exit16
  %orow118 = phi i32 [ 0, %exit16 ], [ %533, %written ]
  %499 = icmp slt i32 %orow118, %nrows
  br i1 %499, label %body115, label %done

body115:                                          ; preds = %orow114
  %500 = sext i32 %orow118 to i64
  %501 = getelementptr float, ptr %ms, i64 %500
  %m119 = load float, ptr %501, align 4
  %502 = getelementptr float, ptr %ls, i64 %500
  %l = load float, ptr %502, align 4
  %503 = sdiv i32 %orow118, 32
  %504 = srem i32 %orow118, 32
  %505 = sext i32 %503 to i64
  %506 = mul i64 %505, 2560
  %507 = getelementptr i32, ptr %ot, i64 %506
  br label %otrow

otrow:                                            ; preds = %body120, %body115
  %otrow123 = phi i32 [ 0, %body115 ], [ %516, %body120 ]
  %508 = icmp slt i32 %otrow123, 80
  br i1 %508, label %body120, label %exit122

body120:                                          ; preds = %otrow
  %509 = sext i32 %504 to i64
  %510 = sext i32 %otrow123 to i64
  %511 = mul i64 %510, 32
  %512 = add i64 %511, %509
  %513 = getelementptr i32, ptr %507, i64 %512
  %514 = load float, ptr %513, align 4
  %515 = getelementptr i32, ptr %rowbuf, i64 %510
  store float %514, ptr %515, align 4
  %516 = add nsw i32 %otrow123, 1
  br label %otrow

exit122:                                          ; preds = %otrow
  %517 = icmp ne ptr %part, null
  br i1 %517, label %partial, label %final

partial:                                          ; preds = %exit122
  %518 = sext i32 %nrows to i64
  %519 = mul i64 %500, 80
  %520 = getelementptr float, ptr %part, i64 %519
  br label %chunk124

final:                                            ; preds = %exit122
  %521 = sdiv i32 %orow118, %nh
  %qi129 = add i32 %q_begin, %521
  %522 = srem i32 %orow118, %nh
  %h130 = add i32 %h_begin, %522
  %hq131 = add i32 %kv_head, %h130
  %523 = sext i32 %qi129 to i64
  %524 = add i64 %q_row0, %523
  %525 = mul i64 %524, 32
  %526 = sext i32 %hq131 to i64
  %orow132 = add i64 %525, %526
  %527 = fcmp oeq float %l, 0.000000e+00
  %528 = fdiv float 1.000000e+00, %l
  %529 = select i1 %527, float 0.000000e+00, float %528
  %530 = mul i64 %orow132, 320
  %531 = getelementptr i8, ptr %out, i64 %530
  %532 = insertelement <16 x float> poison, float %529, i32 0
  %splat133 = shufflevector <16 x float> %532, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk134

written:                                          ; preds = %exit137, %exit127
  %533 = add nsw i32 %orow118, 1
  br label %orow114

chunk124:                                         ; preds = %body125, %partial
  %chunk128 = phi i64 [ 0, %partial ], [ %539, %body125 ]
  %534 = icmp slt i64 %chunk128, 5
  br i1 %534, label %body125, label %exit127

body125:                                          ; preds = %chunk124
  %535 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk128
  %536 = load <16 x float>, ptr %535, align 64
  %537 = mul i64 %chunk128, 64
  %538 = getelementptr i8, ptr %520, i64 %537
  store <16 x float> %536, ptr %538, align 4
  %539 = add nsw i64 %chunk128, 1
  br label %chunk124

exit127:                                          ; preds = %chunk124
  %540 = mul i64 %518, 80
  %541 = add i64 %540, %500
  %542 = getelementptr float, ptr %part, i64 %541
  store float %m119, ptr %542, align 4
  %543 = add i64 %541, %518
  %544 = getelementptr float, ptr %part, i64 %543
  store float %l, ptr %544, align 4
  br label %written

chunk134:                                         ; preds = %body135, %final
  %chunk138 = phi i64 [ 0, %final ], [ %551, %body135 ]
  %545 = icmp slt i64 %chunk138, 5
  br i1 %545, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %546 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %547 = load <16 x float>, ptr %546, align 64
  %548 = fmul <16 x float> %547, %splat133
  %549 = mul i64 %chunk138, 64
  %550 = getelementptr i8, ptr %531, i64 %549
  store <16 x float> %548, ptr %550, align 4
  %551 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %552 = call float @llvm.log.f32(float %l)
  %553 = call float @llvm.fmuladd.f32(float %m119, float 0x3FE62E4300000000, float %552)
  %lse139 = select i1 %527, float 0xFFF0000000000000, float %553
  %554 = getelementptr float, ptr %lse, i64 %orow132
  store float %lse139, ptr %554, align 4
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
