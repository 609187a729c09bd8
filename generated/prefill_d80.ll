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
  %qrow1 = phi i32 [ %69, %exit8 ], [ 0, %entry ]
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
  %55 = mul i64 %54, 4
  %56 = getelementptr i8, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %68, %body6 ]
  %58 = icmp slt i32 %qcol9, 80
  br i1 %58, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %59 = sext i32 %qcol9 to i64
  %60 = mul i64 %59, 4
  %61 = getelementptr i8, ptr %rowbuf, i64 %60
  %62 = load float, ptr %61, align 4
  %63 = sext i32 %57 to i64
  %64 = mul i64 %59, 32
  %65 = add i64 %64, %63
  %66 = mul i64 %65, 4
  %67 = getelementptr i8, ptr %56, i64 %66
  store float %62, ptr %67, align 4
  %68 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %69 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %75, %body10 ], [ 0, %qrow ]
  %70 = icmp slt i32 %otzero13, 640
  br i1 %70, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %71 = sext i32 %otzero13 to i64
  %72 = mul i64 %71, 16
  %73 = mul i64 %72, 4
  %74 = getelementptr i8, ptr %ot, i64 %73
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %76 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = sub i32 %nrows, 1
  %91 = sdiv i32 %90, %nh
  %92 = add i32 %q_begin, %91
  %93 = add i32 %q_pos0, %92
  %94 = add i32 %93, 1
  %95 = call i32 @llvm.smin.i32(i32 %94, i32 %k_end)
  %k_last = sub i32 %95, 1
  br label %ktile

ktile:                                            ; preds = %exit28, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %211, %exit28 ]
  %96 = icmp slt i32 %ktile17, %95
  br i1 %96, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %97 = sub i32 %95, %ktile17
  %98 = call i32 @llvm.smin.i32(i32 84, i32 %97)
  %99 = add i32 %98, 11
  %100 = sdiv i32 %99, 12
  %101 = mul i32 %100, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %102 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %102, ptr %ms, align 64
  %103 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %103, ptr %ls, align 64
  %104 = getelementptr float, ptr %ms, i64 16
  %105 = load <16 x float>, ptr %76, align 64
  store <16 x float> %105, ptr %104, align 64
  %106 = getelementptr float, ptr %ls, i64 16
  %107 = load <16 x float>, ptr %77, align 64
  store <16 x float> %107, ptr %106, align 64
  %108 = getelementptr float, ptr %ms, i64 32
  %109 = load <16 x float>, ptr %78, align 64
  store <16 x float> %109, ptr %108, align 64
  %110 = getelementptr float, ptr %ls, i64 32
  %111 = load <16 x float>, ptr %79, align 64
  store <16 x float> %111, ptr %110, align 64
  %112 = getelementptr float, ptr %ms, i64 48
  %113 = load <16 x float>, ptr %80, align 64
  store <16 x float> %113, ptr %112, align 64
  %114 = getelementptr float, ptr %ls, i64 48
  %115 = load <16 x float>, ptr %81, align 64
  store <16 x float> %115, ptr %114, align 64
  %116 = getelementptr float, ptr %ms, i64 64
  %117 = load <16 x float>, ptr %82, align 64
  store <16 x float> %117, ptr %116, align 64
  %118 = getelementptr float, ptr %ls, i64 64
  %119 = load <16 x float>, ptr %83, align 64
  store <16 x float> %119, ptr %118, align 64
  %120 = getelementptr float, ptr %ms, i64 80
  %121 = load <16 x float>, ptr %84, align 64
  store <16 x float> %121, ptr %120, align 64
  %122 = getelementptr float, ptr %ls, i64 80
  %123 = load <16 x float>, ptr %85, align 64
  store <16 x float> %123, ptr %122, align 64
  %124 = getelementptr float, ptr %ms, i64 96
  %125 = load <16 x float>, ptr %86, align 64
  store <16 x float> %125, ptr %124, align 64
  %126 = getelementptr float, ptr %ls, i64 96
  %127 = load <16 x float>, ptr %87, align 64
  store <16 x float> %127, ptr %126, align 64
  %128 = getelementptr float, ptr %ms, i64 112
  %129 = load <16 x float>, ptr %88, align 64
  store <16 x float> %129, ptr %128, align 64
  %130 = getelementptr float, ptr %ls, i64 112
  %131 = load <16 x float>, ptr %89, align 64
  store <16 x float> %131, ptr %130, align 64
  br label %orow114

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %163, %body18 ]
  %132 = icmp slt i32 %kpack21, %101
  br i1 %132, label %body18, label %exit20

body18:                                           ; preds = %kpack
  %133 = add i32 %ktile17, %kpack21
  %134 = call i32 @llvm.smin.i32(i32 %133, i32 %k_last)
  %135 = sext i32 %134 to i64
  %136 = mul i64 %135, 10240
  %137 = getelementptr i8, ptr %22, i64 %136
  %138 = load <16 x float>, ptr %137, align 4
  %139 = sext i32 %kpack21 to i64
  %140 = mul i64 %139, 80
  %141 = mul i64 %140, 4
  %142 = getelementptr i8, ptr %kbuf, i64 %141
  store <16 x float> %138, ptr %142, align 64
  %143 = getelementptr i8, ptr %137, i64 64
  %144 = load <16 x float>, ptr %143, align 4
  %145 = add i64 %140, 16
  %146 = mul i64 %145, 4
  %147 = getelementptr i8, ptr %kbuf, i64 %146
  store <16 x float> %144, ptr %147, align 64
  %148 = getelementptr i8, ptr %137, i64 128
  %149 = load <16 x float>, ptr %148, align 4
  %150 = add i64 %140, 32
  %151 = mul i64 %150, 4
  %152 = getelementptr i8, ptr %kbuf, i64 %151
  store <16 x float> %149, ptr %152, align 64
  %153 = getelementptr i8, ptr %137, i64 192
  %154 = load <16 x float>, ptr %153, align 4
  %155 = add i64 %140, 48
  %156 = mul i64 %155, 4
  %157 = getelementptr i8, ptr %kbuf, i64 %156
  store <16 x float> %154, ptr %157, align 64
  %158 = getelementptr i8, ptr %137, i64 256
  %159 = load <16 x float>, ptr %158, align 4
  %160 = add i64 %140, 64
  %161 = mul i64 %160, 4
  %162 = getelementptr i8, ptr %kbuf, i64 %161
  store <16 x float> %159, ptr %162, align 64
  %163 = add nsw i32 %kpack21, 1
  br label %kpack

exit20:                                           ; preds = %kpack
  %164 = sext i32 %ktile17 to i64
  %165 = mul i64 %164, 10240
  br label %vpack

vpack:                                            ; preds = %body22, %exit20
  %vpack25 = phi i32 [ 0, %exit20 ], [ %196, %body22 ]
  %166 = icmp slt i32 %vpack25, %98
  br i1 %166, label %body22, label %exit24

body22:                                           ; preds = %vpack
  %167 = add i32 %ktile17, %vpack25
  %168 = sext i32 %167 to i64
  %169 = mul i64 %168, 10240
  %170 = getelementptr i8, ptr %24, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = sext i32 %vpack25 to i64
  %173 = mul i64 %172, 80
  %174 = mul i64 %173, 4
  %175 = getelementptr i8, ptr %vbuf, i64 %174
  store <16 x float> %171, ptr %175, align 64
  %176 = getelementptr i8, ptr %170, i64 64
  %177 = load <16 x float>, ptr %176, align 4
  %178 = add i64 %173, 16
  %179 = mul i64 %178, 4
  %180 = getelementptr i8, ptr %vbuf, i64 %179
  store <16 x float> %177, ptr %180, align 64
  %181 = getelementptr i8, ptr %170, i64 128
  %182 = load <16 x float>, ptr %181, align 4
  %183 = add i64 %173, 32
  %184 = mul i64 %183, 4
  %185 = getelementptr i8, ptr %vbuf, i64 %184
  store <16 x float> %182, ptr %185, align 64
  %186 = getelementptr i8, ptr %170, i64 192
  %187 = load <16 x float>, ptr %186, align 4
  %188 = add i64 %173, 48
  %189 = mul i64 %188, 4
  %190 = getelementptr i8, ptr %vbuf, i64 %189
  store <16 x float> %187, ptr %190, align 64
  %191 = getelementptr i8, ptr %170, i64 256
  %192 = load <16 x float>, ptr %191, align 4
  %193 = add i64 %173, 64
  %194 = mul i64 %193, 4
  %195 = getelementptr i8, ptr %vbuf, i64 %194
  store <16 x float> %192, ptr %195, align 64
  %196 = add nsw i32 %vpack25, 1
  br label %vpack

exit24:                                           ; preds = %vpack
  %197 = add i32 %nrows, 31
  %nblk = sdiv i32 %197, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit24
  %rblock29 = phi i32 [ 0, %exit24 ], [ %225, %join ]
  %198 = icmp slt i32 %rblock29, %nblk
  br i1 %198, label %body26, label %exit28

body26:                                           ; preds = %rblock
  %199 = sext i32 %rblock29 to i64
  %200 = mul i32 %rblock29, 32
  %201 = add i32 %200, 31
  %202 = call i32 @llvm.smin.i32(i32 %201, i32 %90)
  %203 = sdiv i32 %202, %nh
  %204 = add i32 %q_begin, %203
  %205 = add i32 %q_pos0, %204
  %206 = add i32 %205, 1
  %207 = call i32 @llvm.smin.i32(i32 %206, i32 %k_end)
  %208 = sub i32 %207, %ktile17
  %209 = call i32 @llvm.smin.i32(i32 %98, i32 %208)
  %210 = icmp sgt i32 %209, 0
  br i1 %210, label %rvisit, label %join

exit28:                                           ; preds = %rblock
  %211 = add nsw i32 %ktile17, 84
  br label %ktile

rvisit:                                           ; preds = %body26
  %212 = mul i64 %199, 2560
  %213 = mul i64 %212, 4
  %214 = getelementptr i8, ptr %qt, i64 %213
  %215 = getelementptr i8, ptr %ot, i64 %213
  %216 = mul i64 %199, 2
  %217 = getelementptr <16 x float>, ptr %mv, i64 %216
  %218 = getelementptr <16 x float>, ptr %lv, i64 %216
  %219 = mul i64 %199, 32
  %220 = mul i64 %219, 4
  %221 = getelementptr i8, ptr %lims, i64 %220
  %limv = load <16 x i32>, ptr %221, align 64
  %222 = add i64 %219, 16
  %223 = mul i64 %222, 4
  %224 = getelementptr i8, ptr %lims, i64 %223
  %limv30 = load <16 x i32>, ptr %224, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body26
  %225 = add nsw i32 %rblock29, 1
  br label %rblock

sblock:                                           ; preds = %exit37, %rvisit
  %sblock34 = phi i32 [ 0, %rvisit ], [ %405, %exit37 ]
  %226 = icmp slt i32 %sblock34, %209
  br i1 %226, label %body31, label %smask

body31:                                           ; preds = %sblock
  %227 = sext i32 %sblock34 to i64
  %228 = mul i64 %227, 80
  %229 = mul i64 %228, 4
  %230 = getelementptr i8, ptr %kbuf, i64 %229
  br label %sdim

sdim:                                             ; preds = %body35, %body31
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %309, %body35 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %308, %body35 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %303, %body35 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %302, %body35 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %297, %body35 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %296, %body35 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %291, %body35 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %290, %body35 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %285, %body35 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %284, %body35 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %279, %body35 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %278, %body35 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %273, %body35 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %272, %body35 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %267, %body35 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %266, %body35 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %261, %body35 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %260, %body35 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %255, %body35 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %254, %body35 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %249, %body35 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %248, %body35 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %243, %body35 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body31 ], [ %242, %body35 ]
  %sdim38 = phi i32 [ 0, %body31 ], [ %310, %body35 ]
  %231 = icmp slt i32 %sdim38, 80
  br i1 %231, label %body35, label %exit37

body35:                                           ; preds = %sdim
  %232 = sext i32 %sdim38 to i64
  %233 = mul i64 %232, 32
  %234 = mul i64 %233, 4
  %235 = getelementptr i8, ptr %214, i64 %234
  %qt39 = load <16 x float>, ptr %235, align 64
  %236 = add i64 %233, 16
  %237 = mul i64 %236, 4
  %238 = getelementptr i8, ptr %214, i64 %237
  %qt40 = load <16 x float>, ptr %238, align 64
  %239 = mul i64 %232, 4
  %240 = getelementptr i8, ptr %230, i64 %239
  %k = load float, ptr %240, align 4
  %241 = insertelement <16 x float> poison, float %k, i32 0
  %splat41 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat41, <16 x float> %sacc.sroa.0.0)
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat41, <16 x float> %sacc.sroa.4.0)
  %244 = add i64 80, %232
  %245 = mul i64 %244, 4
  %246 = getelementptr i8, ptr %230, i64 %245
  %k42 = load float, ptr %246, align 4
  %247 = insertelement <16 x float> poison, float %k42, i32 0
  %splat43 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat43, <16 x float> %sacc.sroa.8.0)
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat43, <16 x float> %sacc.sroa.12.0)
  %250 = add i64 160, %232
  %251 = mul i64 %250, 4
  %252 = getelementptr i8, ptr %230, i64 %251
  %k44 = load float, ptr %252, align 4
  %253 = insertelement <16 x float> poison, float %k44, i32 0
  %splat45 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat45, <16 x float> %sacc.sroa.16.0)
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat45, <16 x float> %sacc.sroa.20.0)
  %256 = add i64 240, %232
  %257 = mul i64 %256, 4
  %258 = getelementptr i8, ptr %230, i64 %257
  %k46 = load float, ptr %258, align 4
  %259 = insertelement <16 x float> poison, float %k46, i32 0
  %splat47 = shufflevector <16 x float> %259, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat47, <16 x float> %sacc.sroa.24.0)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat47, <16 x float> %sacc.sroa.28.0)
  %262 = add i64 320, %232
  %263 = mul i64 %262, 4
  %264 = getelementptr i8, ptr %230, i64 %263
  %k48 = load float, ptr %264, align 4
  %265 = insertelement <16 x float> poison, float %k48, i32 0
  %splat49 = shufflevector <16 x float> %265, <16 x float> poison, <16 x i32> zeroinitializer
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat49, <16 x float> %sacc.sroa.32.0)
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat49, <16 x float> %sacc.sroa.36.0)
  %268 = add i64 400, %232
  %269 = mul i64 %268, 4
  %270 = getelementptr i8, ptr %230, i64 %269
  %k50 = load float, ptr %270, align 4
  %271 = insertelement <16 x float> poison, float %k50, i32 0
  %splat51 = shufflevector <16 x float> %271, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat51, <16 x float> %sacc.sroa.40.0)
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat51, <16 x float> %sacc.sroa.44.0)
  %274 = add i64 480, %232
  %275 = mul i64 %274, 4
  %276 = getelementptr i8, ptr %230, i64 %275
  %k52 = load float, ptr %276, align 4
  %277 = insertelement <16 x float> poison, float %k52, i32 0
  %splat53 = shufflevector <16 x float> %277, <16 x float> poison, <16 x i32> zeroinitializer
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat53, <16 x float> %sacc.sroa.48.0)
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat53, <16 x float> %sacc.sroa.52.0)
  %280 = add i64 560, %232
  %281 = mul i64 %280, 4
  %282 = getelementptr i8, ptr %230, i64 %281
  %k54 = load float, ptr %282, align 4
  %283 = insertelement <16 x float> poison, float %k54, i32 0
  %splat55 = shufflevector <16 x float> %283, <16 x float> poison, <16 x i32> zeroinitializer
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat55, <16 x float> %sacc.sroa.56.0)
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat55, <16 x float> %sacc.sroa.60.0)
  %286 = add i64 640, %232
  %287 = mul i64 %286, 4
  %288 = getelementptr i8, ptr %230, i64 %287
  %k56 = load float, ptr %288, align 4
  %289 = insertelement <16 x float> poison, float %k56, i32 0
  %splat57 = shufflevector <16 x float> %289, <16 x float> poison, <16 x i32> zeroinitializer
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat57, <16 x float> %sacc.sroa.64.0)
  %291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat57, <16 x float> %sacc.sroa.68.0)
  %292 = add i64 720, %232
  %293 = mul i64 %292, 4
  %294 = getelementptr i8, ptr %230, i64 %293
  %k58 = load float, ptr %294, align 4
  %295 = insertelement <16 x float> poison, float %k58, i32 0
  %splat59 = shufflevector <16 x float> %295, <16 x float> poison, <16 x i32> zeroinitializer
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat59, <16 x float> %sacc.sroa.72.0)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat59, <16 x float> %sacc.sroa.76.0)
  %298 = add i64 800, %232
  %299 = mul i64 %298, 4
  %300 = getelementptr i8, ptr %230, i64 %299
  %k60 = load float, ptr %300, align 4
  %301 = insertelement <16 x float> poison, float %k60, i32 0
  %splat61 = shufflevector <16 x float> %301, <16 x float> poison, <16 x i32> zeroinitializer
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat61, <16 x float> %sacc.sroa.80.0)
  %303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat61, <16 x float> %sacc.sroa.84.0)
  %304 = add i64 880, %232
  %305 = mul i64 %304, 4
  %306 = getelementptr i8, ptr %230, i64 %305
  %k62 = load float, ptr %306, align 4
  %307 = insertelement <16 x float> poison, float %k62, i32 0
  %splat63 = shufflevector <16 x float> %307, <16 x float> poison, <16 x i32> zeroinitializer
  %308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt39, <16 x float> %splat63, <16 x float> %sacc.sroa.88.0)
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt40, <16 x float> %splat63, <16 x float> %sacc.sroa.92.0)
  %310 = add nsw i32 %sdim38, 1
  br label %sdim

exit37:                                           ; preds = %sdim
  %311 = mul i64 %227, 32
  %312 = mul i64 %311, 4
  %313 = getelementptr i8, ptr %st, i64 %312
  store <16 x float> %sacc.sroa.0.0, ptr %313, align 64
  %314 = add i64 %311, 16
  %315 = mul i64 %314, 4
  %316 = getelementptr i8, ptr %st, i64 %315
  store <16 x float> %sacc.sroa.4.0, ptr %316, align 64
  %317 = add i32 %sblock34, 1
  %318 = sext i32 %317 to i64
  %319 = mul i64 %318, 32
  %320 = mul i64 %319, 4
  %321 = getelementptr i8, ptr %st, i64 %320
  store <16 x float> %sacc.sroa.8.0, ptr %321, align 64
  %322 = add i64 %319, 16
  %323 = mul i64 %322, 4
  %324 = getelementptr i8, ptr %st, i64 %323
  store <16 x float> %sacc.sroa.12.0, ptr %324, align 64
  %325 = add i32 %sblock34, 2
  %326 = sext i32 %325 to i64
  %327 = mul i64 %326, 32
  %328 = mul i64 %327, 4
  %329 = getelementptr i8, ptr %st, i64 %328
  store <16 x float> %sacc.sroa.16.0, ptr %329, align 64
  %330 = add i64 %327, 16
  %331 = mul i64 %330, 4
  %332 = getelementptr i8, ptr %st, i64 %331
  store <16 x float> %sacc.sroa.20.0, ptr %332, align 64
  %333 = add i32 %sblock34, 3
  %334 = sext i32 %333 to i64
  %335 = mul i64 %334, 32
  %336 = mul i64 %335, 4
  %337 = getelementptr i8, ptr %st, i64 %336
  store <16 x float> %sacc.sroa.24.0, ptr %337, align 64
  %338 = add i64 %335, 16
  %339 = mul i64 %338, 4
  %340 = getelementptr i8, ptr %st, i64 %339
  store <16 x float> %sacc.sroa.28.0, ptr %340, align 64
  %341 = add i32 %sblock34, 4
  %342 = sext i32 %341 to i64
  %343 = mul i64 %342, 32
  %344 = mul i64 %343, 4
  %345 = getelementptr i8, ptr %st, i64 %344
  store <16 x float> %sacc.sroa.32.0, ptr %345, align 64
  %346 = add i64 %343, 16
  %347 = mul i64 %346, 4
  %348 = getelementptr i8, ptr %st, i64 %347
  store <16 x float> %sacc.sroa.36.0, ptr %348, align 64
  %349 = add i32 %sblock34, 5
  %350 = sext i32 %349 to i64
  %351 = mul i64 %350, 32
  %352 = mul i64 %351, 4
  %353 = getelementptr i8, ptr %st, i64 %352
  store <16 x float> %sacc.sroa.40.0, ptr %353, align 64
  %354 = add i64 %351, 16
  %355 = mul i64 %354, 4
  %356 = getelementptr i8, ptr %st, i64 %355
  store <16 x float> %sacc.sroa.44.0, ptr %356, align 64
  %357 = add i32 %sblock34, 6
  %358 = sext i32 %357 to i64
  %359 = mul i64 %358, 32
  %360 = mul i64 %359, 4
  %361 = getelementptr i8, ptr %st, i64 %360
  store <16 x float> %sacc.sroa.48.0, ptr %361, align 64
  %362 = add i64 %359, 16
  %363 = mul i64 %362, 4
  %364 = getelementptr i8, ptr %st, i64 %363
  store <16 x float> %sacc.sroa.52.0, ptr %364, align 64
  %365 = add i32 %sblock34, 7
  %366 = sext i32 %365 to i64
  %367 = mul i64 %366, 32
  %368 = mul i64 %367, 4
  %369 = getelementptr i8, ptr %st, i64 %368
  store <16 x float> %sacc.sroa.56.0, ptr %369, align 64
  %370 = add i64 %367, 16
  %371 = mul i64 %370, 4
  %372 = getelementptr i8, ptr %st, i64 %371
  store <16 x float> %sacc.sroa.60.0, ptr %372, align 64
  %373 = add i32 %sblock34, 8
  %374 = sext i32 %373 to i64
  %375 = mul i64 %374, 32
  %376 = mul i64 %375, 4
  %377 = getelementptr i8, ptr %st, i64 %376
  store <16 x float> %sacc.sroa.64.0, ptr %377, align 64
  %378 = add i64 %375, 16
  %379 = mul i64 %378, 4
  %380 = getelementptr i8, ptr %st, i64 %379
  store <16 x float> %sacc.sroa.68.0, ptr %380, align 64
  %381 = add i32 %sblock34, 9
  %382 = sext i32 %381 to i64
  %383 = mul i64 %382, 32
  %384 = mul i64 %383, 4
  %385 = getelementptr i8, ptr %st, i64 %384
  store <16 x float> %sacc.sroa.72.0, ptr %385, align 64
  %386 = add i64 %383, 16
  %387 = mul i64 %386, 4
  %388 = getelementptr i8, ptr %st, i64 %387
  store <16 x float> %sacc.sroa.76.0, ptr %388, align 64
  %389 = add i32 %sblock34, 10
  %390 = sext i32 %389 to i64
  %391 = mul i64 %390, 32
  %392 = mul i64 %391, 4
  %393 = getelementptr i8, ptr %st, i64 %392
  store <16 x float> %sacc.sroa.80.0, ptr %393, align 64
  %394 = add i64 %391, 16
  %395 = mul i64 %394, 4
  %396 = getelementptr i8, ptr %st, i64 %395
  store <16 x float> %sacc.sroa.84.0, ptr %396, align 64
  %397 = add i32 %sblock34, 11
  %398 = sext i32 %397 to i64
  %399 = mul i64 %398, 32
  %400 = mul i64 %399, 4
  %401 = getelementptr i8, ptr %st, i64 %400
  store <16 x float> %sacc.sroa.88.0, ptr %401, align 64
  %402 = add i64 %399, 16
  %403 = mul i64 %402, 4
  %404 = getelementptr i8, ptr %st, i64 %403
  store <16 x float> %sacc.sroa.92.0, ptr %404, align 64
  %405 = add nsw i32 %sblock34, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body64
  %tmax.sroa.4.0 = phi <16 x float> [ %421, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %415, %body64 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask67 = phi i32 [ %422, %body64 ], [ 0, %sblock ]
  %406 = icmp slt i32 %smask67, %209
  br i1 %406, label %body64, label %exit66

body64:                                           ; preds = %smask
  %407 = add i32 %ktile17, %smask67
  %408 = insertelement <16 x i32> poison, i32 %407, i32 0
  %splat68 = shufflevector <16 x i32> %408, <16 x i32> poison, <16 x i32> zeroinitializer
  %409 = sext i32 %smask67 to i64
  %410 = mul i64 %409, 32
  %411 = mul i64 %410, 4
  %412 = getelementptr i8, ptr %st, i64 %411
  %s = load <16 x float>, ptr %412, align 64
  %413 = icmp slt <16 x i32> %splat68, %limv
  %414 = select <16 x i1> %413, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %414, ptr %412, align 64
  %415 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %414)
  %416 = add i64 %410, 16
  %417 = mul i64 %416, 4
  %418 = getelementptr i8, ptr %st, i64 %417
  %s69 = load <16 x float>, ptr %418, align 64
  %419 = icmp slt <16 x i32> %splat68, %limv30
  %420 = select <16 x i1> %419, <16 x float> %s69, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %420, ptr %418, align 64
  %421 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %420)
  %422 = add nsw i32 %smask67, 1
  br label %smask

exit66:                                           ; preds = %smask
  %m = load <16 x float>, ptr %217, align 64
  %423 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %424 = fcmp oeq <16 x float> %423, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse70 = select <16 x i1> %424, <16 x float> zeroinitializer, <16 x float> %423
  %425 = fsub <16 x float> %m, %muse70
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %425, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %427 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %426, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %428 = fadd <16 x float> %427, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %427, %n
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %435 = fptosi <16 x float> %n to <16 x i32>
  %436 = add <16 x i32> %435, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %437 = shl <16 x i32> %436, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %438 = bitcast <16 x i32> %437 to <16 x float>
  %exp2 = fmul <16 x float> %434, %438
  store <16 x float> %423, ptr %217, align 64
  %439 = getelementptr <16 x float>, ptr %217, i64 1
  %m71 = load <16 x float>, ptr %439, align 64
  %440 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m71, <16 x float> %tmax.sroa.4.0)
  %441 = fcmp oeq <16 x float> %440, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse72 = select <16 x i1> %441, <16 x float> zeroinitializer, <16 x float> %440
  %442 = fsub <16 x float> %m71, %muse72
  %443 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %442, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %444 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %443, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %445 = fadd <16 x float> %444, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n73 = fsub <16 x float> %445, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f74 = fsub <16 x float> %444, %n73
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f74, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f74, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f74, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f74, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f74, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f74, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %452 = fptosi <16 x float> %n73 to <16 x i32>
  %453 = add <16 x i32> %452, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %454 = shl <16 x i32> %453, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %455 = bitcast <16 x i32> %454 to <16 x float>
  %exp275 = fmul <16 x float> %451, %455
  store <16 x float> %440, ptr %439, align 64
  br label %sexp

sexp:                                             ; preds = %body76, %exit66
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %495, %body76 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit66 ], [ %476, %body76 ]
  %sexp79 = phi i32 [ 0, %exit66 ], [ %496, %body76 ]
  %456 = icmp slt i32 %sexp79, %209
  br i1 %456, label %body76, label %exit78

body76:                                           ; preds = %sexp
  %457 = sext i32 %sexp79 to i64
  %458 = mul i64 %457, 32
  %459 = mul i64 %458, 4
  %460 = getelementptr i8, ptr %st, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fsub <16 x float> %461, %muse70
  %463 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %462, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %464 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %463, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %465 = fadd <16 x float> %464, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n80 = fsub <16 x float> %465, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f81 = fsub <16 x float> %464, %n80
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f81, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f81, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f81, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f81, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f81, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f81, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %472 = fptosi <16 x float> %n80 to <16 x i32>
  %473 = add <16 x i32> %472, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %474 = shl <16 x i32> %473, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %475 = bitcast <16 x i32> %474 to <16 x float>
  %exp282 = fmul <16 x float> %471, %475
  store <16 x float> %exp282, ptr %460, align 64
  %476 = fadd <16 x float> %lsum.sroa.0.0, %exp282
  %477 = add i64 %458, 16
  %478 = mul i64 %477, 4
  %479 = getelementptr i8, ptr %st, i64 %478
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fsub <16 x float> %480, %muse72
  %482 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %481, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %483 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %482, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %484 = fadd <16 x float> %483, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n83 = fsub <16 x float> %484, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f84 = fsub <16 x float> %483, %n83
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f84, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %485, <16 x float> %f84, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %486, <16 x float> %f84, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %487, <16 x float> %f84, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %488, <16 x float> %f84, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %489, <16 x float> %f84, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %491 = fptosi <16 x float> %n83 to <16 x i32>
  %492 = add <16 x i32> %491, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %493 = shl <16 x i32> %492, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %494 = bitcast <16 x i32> %493 to <16 x float>
  %exp285 = fmul <16 x float> %490, %494
  store <16 x float> %exp285, ptr %479, align 64
  %495 = fadd <16 x float> %lsum.sroa.4.0, %exp285
  %496 = add nsw i32 %sexp79, 1
  br label %sexp

exit78:                                           ; preds = %sexp
  %497 = load <16 x float>, ptr %218, align 64
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %498, ptr %218, align 64
  %499 = getelementptr <16 x float>, ptr %218, i64 1
  %500 = load <16 x float>, ptr %499, align 64
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %exp275, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %501, ptr %499, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit92, %exit78
  %pvblock89 = phi i32 [ 0, %exit78 ], [ %675, %exit92 ]
  %502 = icmp slt i32 %pvblock89, 8
  br i1 %502, label %body86, label %join

body86:                                           ; preds = %pvblock
  %503 = mul i32 %pvblock89, 10
  %504 = sext i32 %503 to i64
  %505 = mul i64 %504, 32
  %506 = mul i64 %505, 4
  %507 = getelementptr i8, ptr %215, i64 %506
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2
  %510 = add i64 %505, 16
  %511 = mul i64 %510, 4
  %512 = getelementptr i8, ptr %215, i64 %511
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp275
  %515 = add i64 %504, 1
  %516 = mul i64 %515, 32
  %517 = mul i64 %516, 4
  %518 = getelementptr i8, ptr %215, i64 %517
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp2
  %521 = add i64 %516, 16
  %522 = mul i64 %521, 4
  %523 = getelementptr i8, ptr %215, i64 %522
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %exp275
  %526 = add i64 %504, 2
  %527 = mul i64 %526, 32
  %528 = mul i64 %527, 4
  %529 = getelementptr i8, ptr %215, i64 %528
  %530 = load <16 x float>, ptr %529, align 64
  %531 = fmul <16 x float> %530, %exp2
  %532 = add i64 %527, 16
  %533 = mul i64 %532, 4
  %534 = getelementptr i8, ptr %215, i64 %533
  %535 = load <16 x float>, ptr %534, align 64
  %536 = fmul <16 x float> %535, %exp275
  %537 = add i64 %504, 3
  %538 = mul i64 %537, 32
  %539 = mul i64 %538, 4
  %540 = getelementptr i8, ptr %215, i64 %539
  %541 = load <16 x float>, ptr %540, align 64
  %542 = fmul <16 x float> %541, %exp2
  %543 = add i64 %538, 16
  %544 = mul i64 %543, 4
  %545 = getelementptr i8, ptr %215, i64 %544
  %546 = load <16 x float>, ptr %545, align 64
  %547 = fmul <16 x float> %546, %exp275
  %548 = add i64 %504, 4
  %549 = mul i64 %548, 32
  %550 = mul i64 %549, 4
  %551 = getelementptr i8, ptr %215, i64 %550
  %552 = load <16 x float>, ptr %551, align 64
  %553 = fmul <16 x float> %552, %exp2
  %554 = add i64 %549, 16
  %555 = mul i64 %554, 4
  %556 = getelementptr i8, ptr %215, i64 %555
  %557 = load <16 x float>, ptr %556, align 64
  %558 = fmul <16 x float> %557, %exp275
  %559 = add i64 %504, 5
  %560 = mul i64 %559, 32
  %561 = mul i64 %560, 4
  %562 = getelementptr i8, ptr %215, i64 %561
  %563 = load <16 x float>, ptr %562, align 64
  %564 = fmul <16 x float> %563, %exp2
  %565 = add i64 %560, 16
  %566 = mul i64 %565, 4
  %567 = getelementptr i8, ptr %215, i64 %566
  %568 = load <16 x float>, ptr %567, align 64
  %569 = fmul <16 x float> %568, %exp275
  %570 = add i64 %504, 6
  %571 = mul i64 %570, 32
  %572 = mul i64 %571, 4
  %573 = getelementptr i8, ptr %215, i64 %572
  %574 = load <16 x float>, ptr %573, align 64
  %575 = fmul <16 x float> %574, %exp2
  %576 = add i64 %571, 16
  %577 = mul i64 %576, 4
  %578 = getelementptr i8, ptr %215, i64 %577
  %579 = load <16 x float>, ptr %578, align 64
  %580 = fmul <16 x float> %579, %exp275
  %581 = add i64 %504, 7
  %582 = mul i64 %581, 32
  %583 = mul i64 %582, 4
  %584 = getelementptr i8, ptr %215, i64 %583
  %585 = load <16 x float>, ptr %584, align 64
  %586 = fmul <16 x float> %585, %exp2
  %587 = add i64 %582, 16
  %588 = mul i64 %587, 4
  %589 = getelementptr i8, ptr %215, i64 %588
  %590 = load <16 x float>, ptr %589, align 64
  %591 = fmul <16 x float> %590, %exp275
  %592 = add i64 %504, 8
  %593 = mul i64 %592, 32
  %594 = mul i64 %593, 4
  %595 = getelementptr i8, ptr %215, i64 %594
  %596 = load <16 x float>, ptr %595, align 64
  %597 = fmul <16 x float> %596, %exp2
  %598 = add i64 %593, 16
  %599 = mul i64 %598, 4
  %600 = getelementptr i8, ptr %215, i64 %599
  %601 = load <16 x float>, ptr %600, align 64
  %602 = fmul <16 x float> %601, %exp275
  %603 = add i64 %504, 9
  %604 = mul i64 %603, 32
  %605 = mul i64 %604, 4
  %606 = getelementptr i8, ptr %215, i64 %605
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %exp2
  %609 = add i64 %604, 16
  %610 = mul i64 %609, 4
  %611 = getelementptr i8, ptr %215, i64 %610
  %612 = load <16 x float>, ptr %611, align 64
  %613 = fmul <16 x float> %612, %exp275
  br label %kpv

kpv:                                              ; preds = %body90, %body86
  %o.sroa.60.0 = phi <16 x float> [ %591, %body86 ], [ %663, %body90 ]
  %o.sroa.56.0 = phi <16 x float> [ %586, %body86 ], [ %662, %body90 ]
  %o.sroa.52.0 = phi <16 x float> [ %580, %body86 ], [ %658, %body90 ]
  %o.sroa.48.0 = phi <16 x float> [ %575, %body86 ], [ %657, %body90 ]
  %o.sroa.44.0 = phi <16 x float> [ %569, %body86 ], [ %653, %body90 ]
  %o.sroa.40.0 = phi <16 x float> [ %564, %body86 ], [ %652, %body90 ]
  %o.sroa.36.0 = phi <16 x float> [ %558, %body86 ], [ %648, %body90 ]
  %o.sroa.32.0 = phi <16 x float> [ %553, %body86 ], [ %647, %body90 ]
  %o.sroa.28.0 = phi <16 x float> [ %547, %body86 ], [ %643, %body90 ]
  %o.sroa.24.0 = phi <16 x float> [ %542, %body86 ], [ %642, %body90 ]
  %o.sroa.20.0 = phi <16 x float> [ %536, %body86 ], [ %638, %body90 ]
  %o.sroa.16.0 = phi <16 x float> [ %531, %body86 ], [ %637, %body90 ]
  %o.sroa.12.0 = phi <16 x float> [ %525, %body86 ], [ %633, %body90 ]
  %o.sroa.8.0 = phi <16 x float> [ %520, %body86 ], [ %632, %body90 ]
  %o.sroa.4.0 = phi <16 x float> [ %514, %body86 ], [ %628, %body90 ]
  %o.sroa.0.0 = phi <16 x float> [ %509, %body86 ], [ %627, %body90 ]
  %o.sroa.64.0 = phi <16 x float> [ %597, %body86 ], [ %667, %body90 ]
  %o.sroa.68.0 = phi <16 x float> [ %602, %body86 ], [ %668, %body90 ]
  %o.sroa.72.0 = phi <16 x float> [ %608, %body86 ], [ %672, %body90 ]
  %o.sroa.76.0 = phi <16 x float> [ %613, %body86 ], [ %673, %body90 ]
  %kpv93 = phi i32 [ 0, %body86 ], [ %674, %body90 ]
  %614 = icmp slt i32 %kpv93, %209
  br i1 %614, label %body90, label %exit92

body90:                                           ; preds = %kpv
  %615 = sext i32 %kpv93 to i64
  %616 = mul i64 %615, 32
  %617 = mul i64 %616, 4
  %618 = getelementptr i8, ptr %st, i64 %617
  %p = load <16 x float>, ptr %618, align 64
  %619 = add i64 %616, 16
  %620 = mul i64 %619, 4
  %621 = getelementptr i8, ptr %st, i64 %620
  %p94 = load <16 x float>, ptr %621, align 64
  %622 = mul i64 %615, 320
  %623 = getelementptr i8, ptr %vbuf, i64 %622
  %624 = mul i64 %504, 4
  %625 = getelementptr i8, ptr %623, i64 %624
  %v = load float, ptr %625, align 4
  %626 = insertelement <16 x float> poison, float %v, i32 0
  %splat95 = shufflevector <16 x float> %626, <16 x float> poison, <16 x i32> zeroinitializer
  %627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat95, <16 x float> %o.sroa.0.0)
  %628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat95, <16 x float> %o.sroa.4.0)
  %629 = mul i64 %515, 4
  %630 = getelementptr i8, ptr %623, i64 %629
  %v96 = load float, ptr %630, align 4
  %631 = insertelement <16 x float> poison, float %v96, i32 0
  %splat97 = shufflevector <16 x float> %631, <16 x float> poison, <16 x i32> zeroinitializer
  %632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat97, <16 x float> %o.sroa.8.0)
  %633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat97, <16 x float> %o.sroa.12.0)
  %634 = mul i64 %526, 4
  %635 = getelementptr i8, ptr %623, i64 %634
  %v98 = load float, ptr %635, align 4
  %636 = insertelement <16 x float> poison, float %v98, i32 0
  %splat99 = shufflevector <16 x float> %636, <16 x float> poison, <16 x i32> zeroinitializer
  %637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat99, <16 x float> %o.sroa.16.0)
  %638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat99, <16 x float> %o.sroa.20.0)
  %639 = mul i64 %537, 4
  %640 = getelementptr i8, ptr %623, i64 %639
  %v100 = load float, ptr %640, align 4
  %641 = insertelement <16 x float> poison, float %v100, i32 0
  %splat101 = shufflevector <16 x float> %641, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat101, <16 x float> %o.sroa.24.0)
  %643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat101, <16 x float> %o.sroa.28.0)
  %644 = mul i64 %548, 4
  %645 = getelementptr i8, ptr %623, i64 %644
  %v102 = load float, ptr %645, align 4
  %646 = insertelement <16 x float> poison, float %v102, i32 0
  %splat103 = shufflevector <16 x float> %646, <16 x float> poison, <16 x i32> zeroinitializer
  %647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat103, <16 x float> %o.sroa.32.0)
  %648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat103, <16 x float> %o.sroa.36.0)
  %649 = mul i64 %559, 4
  %650 = getelementptr i8, ptr %623, i64 %649
  %v104 = load float, ptr %650, align 4
  %651 = insertelement <16 x float> poison, float %v104, i32 0
  %splat105 = shufflevector <16 x float> %651, <16 x float> poison, <16 x i32> zeroinitializer
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat105, <16 x float> %o.sroa.40.0)
  %653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat105, <16 x float> %o.sroa.44.0)
  %654 = mul i64 %570, 4
  %655 = getelementptr i8, ptr %623, i64 %654
  %v106 = load float, ptr %655, align 4
  %656 = insertelement <16 x float> poison, float %v106, i32 0
  %splat107 = shufflevector <16 x float> %656, <16 x float> poison, <16 x i32> zeroinitializer
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat107, <16 x float> %o.sroa.48.0)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat107, <16 x float> %o.sroa.52.0)
  %659 = mul i64 %581, 4
  %660 = getelementptr i8, ptr %623, i64 %659
  %v108 = load float, ptr %660, align 4
  %661 = insertelement <16 x float> poison, float %v108, i32 0
  %splat109 = shufflevector <16 x float> %661, <16 x float> poison, <16 x i32> zeroinitializer
  %662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat109, <16 x float> %o.sroa.56.0)
  %663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat109, <16 x float> %o.sroa.60.0)
  %664 = mul i64 %592, 4
  %665 = getelementptr i8, ptr %623, i64 %664
  %v110 = load float, ptr %665, align 4
  %666 = insertelement <16 x float> poison, float %v110, i32 0
  %splat111 = shufflevector <16 x float> %666, <16 x float> poison, <16 x i32> zeroinitializer
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat111, <16 x float> %o.sroa.64.0)
  %668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat111, <16 x float> %o.sroa.68.0)
  %669 = mul i64 %603, 4
  %670 = getelementptr i8, ptr %623, i64 %669
  %v112 = load float, ptr %670, align 4
  %671 = insertelement <16 x float> poison, float %v112, i32 0
  %splat113 = shufflevector <16 x float> %671, <16 x float> poison, <16 x i32> zeroinitializer
  %672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat113, <16 x float> %o.sroa.72.0)
  %673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p94, <16 x float> %splat113, <16 x float> %o.sroa.76.0)
  %674 = add nsw i32 %kpv93, 1
  br label %kpv

exit92:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %507, align 64
  store <16 x float> %o.sroa.4.0, ptr %512, align 64
  store <16 x float> %o.sroa.8.0, ptr %518, align 64
  store <16 x float> %o.sroa.12.0, ptr %523, align 64
  store <16 x float> %o.sroa.16.0, ptr %529, align 64
  store <16 x float> %o.sroa.20.0, ptr %534, align 64
  store <16 x float> %o.sroa.24.0, ptr %540, align 64
  store <16 x float> %o.sroa.28.0, ptr %545, align 64
  store <16 x float> %o.sroa.32.0, ptr %551, align 64
  store <16 x float> %o.sroa.36.0, ptr %556, align 64
  store <16 x float> %o.sroa.40.0, ptr %562, align 64
  store <16 x float> %o.sroa.44.0, ptr %567, align 64
  store <16 x float> %o.sroa.48.0, ptr %573, align 64
  store <16 x float> %o.sroa.52.0, ptr %578, align 64
  store <16 x float> %o.sroa.56.0, ptr %584, align 64
  store <16 x float> %o.sroa.60.0, ptr %589, align 64
  store <16 x float> %o.sroa.64.0, ptr %595, align 64
  store <16 x float> %o.sroa.68.0, ptr %600, align 64
  store <16 x float> %o.sroa.72.0, ptr %606, align 64
  store <16 x float> %o.sroa.76.0, ptr %611, align 64
  %675 = add nsw i32 %pvblock89, 1
  br label %pvblock

orow114:                                          ; preds = %written, %exit16
  %orow118 = phi i32 [ 0, %exit16 ], [ %713, %written ]
  %676 = icmp slt i32 %orow118, %nrows
  br i1 %676, label %body115, label %done

body115:                                          ; preds = %orow114
  %677 = sext i32 %orow118 to i64
  %678 = getelementptr float, ptr %ms, i64 %677
  %m119 = load float, ptr %678, align 4
  %679 = getelementptr float, ptr %ls, i64 %677
  %l = load float, ptr %679, align 4
  %680 = sdiv i32 %orow118, 32
  %681 = srem i32 %orow118, 32
  %682 = sext i32 %680 to i64
  %683 = mul i64 %682, 2560
  %684 = mul i64 %683, 4
  %685 = getelementptr i8, ptr %ot, i64 %684
  br label %otrow

otrow:                                            ; preds = %body120, %body115
  %otrow123 = phi i32 [ 0, %body115 ], [ %696, %body120 ]
  %686 = icmp slt i32 %otrow123, 80
  br i1 %686, label %body120, label %exit122

body120:                                          ; preds = %otrow
  %687 = sext i32 %681 to i64
  %688 = sext i32 %otrow123 to i64
  %689 = mul i64 %688, 32
  %690 = add i64 %689, %687
  %691 = mul i64 %690, 4
  %692 = getelementptr i8, ptr %685, i64 %691
  %693 = load float, ptr %692, align 4
  %694 = mul i64 %688, 4
  %695 = getelementptr i8, ptr %rowbuf, i64 %694
  store float %693, ptr %695, align 4
  %696 = add nsw i32 %otrow123, 1
  br label %otrow

exit122:                                          ; preds = %otrow
  %697 = icmp ne ptr %part, null
  br i1 %697, label %partial, label %final

partial:                                          ; preds = %exit122
  %698 = sext i32 %nrows to i64
  %699 = mul i64 %677, 80
  %700 = getelementptr float, ptr %part, i64 %699
  br label %chunk124

final:                                            ; preds = %exit122
  %701 = sdiv i32 %orow118, %nh
  %qi129 = add i32 %q_begin, %701
  %702 = srem i32 %orow118, %nh
  %h130 = add i32 %h_begin, %702
  %hq131 = add i32 %kv_head, %h130
  %703 = sext i32 %qi129 to i64
  %704 = add i64 %q_row0, %703
  %705 = mul i64 %704, 32
  %706 = sext i32 %hq131 to i64
  %orow132 = add i64 %705, %706
  %707 = fcmp oeq float %l, 0.000000e+00
  %708 = fdiv float 1.000000e+00, %l
  %709 = select i1 %707, float 0.000000e+00, float %708
  %710 = mul i64 %orow132, 320
  %711 = getelementptr i8, ptr %out, i64 %710
  %712 = insertelement <16 x float> poison, float %709, i32 0
  %splat133 = shufflevector <16 x float> %712, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk134

written:                                          ; preds = %exit137, %exit127
  %713 = add nsw i32 %orow118, 1
  br label %orow114

chunk124:                                         ; preds = %body125, %partial
  %chunk128 = phi i64 [ 0, %partial ], [ %719, %body125 ]
  %714 = icmp slt i64 %chunk128, 5
  br i1 %714, label %body125, label %exit127

body125:                                          ; preds = %chunk124
  %715 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk128
  %716 = load <16 x float>, ptr %715, align 64
  %717 = mul i64 %chunk128, 64
  %718 = getelementptr i8, ptr %700, i64 %717
  store <16 x float> %716, ptr %718, align 4
  %719 = add nsw i64 %chunk128, 1
  br label %chunk124

exit127:                                          ; preds = %chunk124
  %720 = mul i64 %698, 80
  %721 = add i64 %720, %677
  %722 = getelementptr float, ptr %part, i64 %721
  store float %m119, ptr %722, align 4
  %723 = add i64 %721, %698
  %724 = getelementptr float, ptr %part, i64 %723
  store float %l, ptr %724, align 4
  br label %written

chunk134:                                         ; preds = %body135, %final
  %chunk138 = phi i64 [ 0, %final ], [ %731, %body135 ]
  %725 = icmp slt i64 %chunk138, 5
  br i1 %725, label %body135, label %exit137

body135:                                          ; preds = %chunk134
  %726 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk138
  %727 = load <16 x float>, ptr %726, align 64
  %728 = fmul <16 x float> %727, %splat133
  %729 = mul i64 %chunk138, 64
  %730 = getelementptr i8, ptr %711, i64 %729
  store <16 x float> %728, ptr %730, align 4
  %731 = add nsw i64 %chunk138, 1
  br label %chunk134

exit137:                                          ; preds = %chunk134
  %732 = call float @llvm.log.f32(float %l)
  %733 = call float @llvm.fmuladd.f32(float %m119, float 0x3FE62E4300000000, float %732)
  %lse139 = select i1 %707, float 0xFFF0000000000000, float %733
  %734 = getelementptr float, ptr %lse, i64 %orow132
  store float %lse139, ptr %734, align 4
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
